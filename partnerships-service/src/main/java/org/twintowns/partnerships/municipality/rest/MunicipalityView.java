package org.twintowns.partnerships.municipality.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.partnerships.municipality.Municipality;

/** A municipality as clients see it. */
@Schema(name = "Municipality")
public record MunicipalityView(
        @Schema(examples = "2f1c6b9e-8d2a-4c55-9f0e-3b7d2a1c9e44") UUID id,
        @Schema(examples = "jena") String slug,
        @Schema(examples = "Jena") String name,
        @Schema(examples = "CITY") Municipality.Kind kind,
        @Schema(examples = "DE") String country,
        @Schema(examples = "DE-TH") String subdivision,
        @Schema(examples = "16053000") String officialCode,
        @Schema(examples = "Q3150") String wikidataId,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
