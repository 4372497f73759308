package org.twintowns.partnerships.partnership.rest;

import java.time.Year;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.partnerships.partnership.Partnership;

/**
 * Counts over the partnerships that match a filter. Partnerships without a founding date count
 * everywhere except in byDecade and byYear.
 */
@Schema(name = "PartnershipStatistics")
public record PartnershipStatisticsView(
        @Schema(description = "Matching partnerships", examples = "128", minimum = "0", maximum = MAX_COUNT) long total,
        @Schema(description = "Partnerships per country of their participants, most first; participants in "
                + "the country filter are left out, so country=DE answers with Germany's partner countries",
                maxItems = MAX_COUNTRIES)
        List<CountryCount> byPartnerCountry,
        @Schema(description = "Every type, also those with no partnership", maxItems = 6) List<TypeCount> byType,
        @Schema(description = "Every status, also those with no partnership", maxItems = 3) List<StatusCount> byStatus,
        @Schema(description = "By founding decade, oldest first") List<DecadeCount> byDecade,
        @Schema(description = "By founding year, every year from the first to the last, with the running total")
        List<YearCount> byYear) {

    // A count is a number of rows (bigint); a country any code the column's check allows ([A-Z]{2});
    // a founding year any year a java.time.LocalDate holds, as founding dates are not otherwise limited.
    static final String MAX_COUNT = "" + Long.MAX_VALUE;
    static final int MAX_COUNTRIES = 26 * 26;
    static final String MIN_YEAR = "" + Year.MIN_VALUE;
    static final String MIN_DECADE = "-1000000000";
    static final String MAX_YEAR = "" + Year.MAX_VALUE;

    /** Partnerships with a participant in a country. */
    @Schema(name = "CountryCount")
    public record CountryCount(@Schema(examples = "UA", maxLength = 2) String country,
                               @Schema(examples = "97", minimum = "0", maximum = MAX_COUNT) long count) {
    }

    /** Partnerships of a type. */
    @Schema(name = "TypeCount")
    public record TypeCount(@Schema(examples = "SOLIDARITY") Partnership.Type type,
                            @Schema(minimum = "0", maximum = MAX_COUNT) long count) {
    }

    /** Partnerships in a status. */
    @Schema(name = "StatusCount")
    public record StatusCount(@Schema(examples = "ACTIVE") Partnership.Status status,
                              @Schema(minimum = "0", maximum = MAX_COUNT) long count) {
    }

    /** Partnerships founded in a decade. */
    @Schema(name = "DecadeCount")
    public record DecadeCount(@Schema(description = "First year of the decade", examples = "1990",
                                      minimum = MIN_DECADE, maximum = MAX_YEAR) int decade,
                              @Schema(minimum = "0", maximum = MAX_COUNT) long count) {
    }

    /** Partnerships founded in a year, and up to and including it. */
    @Schema(name = "YearCount")
    public record YearCount(@Schema(examples = "2022", minimum = MIN_YEAR, maximum = MAX_YEAR) int year,
                            @Schema(examples = "31", minimum = "0", maximum = MAX_COUNT) long count,
                            @Schema(examples = "102", minimum = "0", maximum = MAX_COUNT) long cumulative) {
    }
}
