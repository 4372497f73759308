package org.twintowns.partnerships.municipality.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.MunicipalityName;

/** A municipality as clients see it. */
@Schema(name = "Municipality")
public record MunicipalityView(
        @Schema(examples = "2f1c6b9e-8d2a-4c55-9f0e-3b7d2a1c9e44") UUID id,
        @Schema(examples = "brovary") String slug,
        @Schema(description = "Official name in the original script", examples = "Бровари") String name,
        @Schema(description = "The name in the language asked for with lang or Accept-Language, "
                + "else the official name", examples = "Browary") String displayName,
        @Schema(examples = "CITY") Municipality.Kind kind,
        @Schema(examples = "UA") String country,
        @Schema(examples = "UA-32") String subdivision,
        @Schema(examples = "3210600000") String officialCode,
        @Schema(examples = "Q160373") String wikidataId,
        @Schema(examples = "109806") Integer population,
        @Schema(examples = "2021") Integer populationYear,
        MunicipalityRequest.Coordinates coordinates,
        @Schema(examples = "https://brovary-rada.gov.ua") String website,
        List<NameView> otherNames,
        @Schema(description = "Set when this municipality merged into another") Successor mergedInto,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** Another name of the municipality. */
    @Schema(name = "MunicipalityName")
    public record NameView(String name, String language, MunicipalityName.Kind kind, LocalDate usedUntil) {
    }

    /** The municipality this one became part of. */
    @Schema(name = "MunicipalitySuccessor")
    public record Successor(UUID id, String name, LocalDate on) {
    }
}
