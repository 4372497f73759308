package org.twintowns.partnerships.municipality.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.MunicipalityName;

/** A municipality as clients see it; the limits are the columns' (V1, V2 migrations). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Municipality")
public record MunicipalityView(
        @Schema(examples = "2f1c6b9e-8d2a-4c55-9f0e-3b7d2a1c9e44") UUID id,
        @Schema(examples = "brovary", maxLength = 120) String slug,
        @Schema(description = "Official name in the original script", examples = "Бровари", maxLength = 200) String name,
        @Schema(description = "The name in the language asked for with lang or Accept-Language, "
                + "else the official name", examples = "Browary", maxLength = 200) String displayName,
        @Schema(examples = "CITY") Municipality.Kind kind,
        @Schema(examples = "UA", maxLength = 2) String country,
        @Schema(examples = "UA-32", maxLength = 6) String subdivision,
        @Schema(examples = "3210600000", maxLength = 20) String officialCode,
        @Schema(examples = "Q160373", maxLength = 20) String wikidataId,
        @Schema(examples = "109806", minimum = "0", maximum = "2147483647") Integer population,
        @Schema(examples = "2021", minimum = "1800", maximum = "2200") Integer populationYear,
        MunicipalityRequest.Coordinates coordinates,
        @Schema(examples = "https://brovary-rada.gov.ua", maxLength = 500) String website,
        @Schema(maxItems = Municipality.MAX_OTHER_NAMES) List<NameView> otherNames,
        @Schema(description = "Set when this municipality merged into another") Successor mergedInto,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** Another name of the municipality. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MunicipalityName")
    public record NameView(@Schema(maxLength = 200) String name, @Schema(maxLength = 12) String language,
                           MunicipalityName.Kind kind, LocalDate usedUntil) {
    }

    /** The municipality this one became part of. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MunicipalitySuccessor")
    public record Successor(UUID id, @Schema(maxLength = 200) String name, LocalDate on) {
    }
}
