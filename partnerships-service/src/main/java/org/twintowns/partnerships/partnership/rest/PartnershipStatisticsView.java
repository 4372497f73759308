package org.twintowns.partnerships.partnership.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.partnerships.partnership.Partnership;

/**
 * Counts over the partnerships that match a filter. Partnerships without a founding date count
 * everywhere except in byDecade and byYear.
 */
@Schema(name = "PartnershipStatistics")
public record PartnershipStatisticsView(
        @Schema(description = "Matching partnerships", examples = "128") long total,
        @Schema(description = "Partnerships per country of their participants, most first; participants in "
                + "the country filter are left out, so country=DE answers with Germany's partner countries")
        List<CountryCount> byPartnerCountry,
        @Schema(description = "Every type, also those with no partnership") List<TypeCount> byType,
        @Schema(description = "Every status, also those with no partnership") List<StatusCount> byStatus,
        @Schema(description = "By founding decade, oldest first") List<DecadeCount> byDecade,
        @Schema(description = "By founding year, every year from the first to the last, with the running total")
        List<YearCount> byYear) {

    /** Partnerships with a participant in a country. */
    @Schema(name = "CountryCount")
    public record CountryCount(@Schema(examples = "UA") String country, @Schema(examples = "97") long count) {
    }

    /** Partnerships of a type. */
    @Schema(name = "TypeCount")
    public record TypeCount(@Schema(examples = "SOLIDARITY") Partnership.Type type, long count) {
    }

    /** Partnerships in a status. */
    @Schema(name = "StatusCount")
    public record StatusCount(@Schema(examples = "ACTIVE") Partnership.Status status, long count) {
    }

    /** Partnerships founded in a decade. */
    @Schema(name = "DecadeCount")
    public record DecadeCount(@Schema(description = "First year of the decade", examples = "1990") int decade,
                              long count) {
    }

    /** Partnerships founded in a year, and up to and including it. */
    @Schema(name = "YearCount")
    public record YearCount(@Schema(examples = "2022") int year, @Schema(examples = "31") long count,
                            @Schema(examples = "102") long cumulative) {
    }
}
