package org.twintowns.partnerships.partnership.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.partnerships.partnership.Partnership;

/** A partner of a municipality, through one partnership; a partner in two partnerships appears twice. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Partner")
public record PartnerView(
        @Schema(examples = "2f1c6b9e-8d2a-4c55-9f0e-3b7d2a1c9e44") UUID municipalityId,
        @Schema(description = "Official name in the original language and script", examples = "Бровари",
                maxLength = 200) String name,
        @Schema(description = "The name in the language of lang or Accept-Language, else the official name",
                examples = "Browary", maxLength = 200) String displayName,
        @Schema(examples = "UA", maxLength = 2) String country,
        @Schema(examples = "7d4b2c1e-5f3a-4e8b-9c6d-0a1b2c3d4e5f") UUID partnershipId,
        @Schema(examples = "SOLIDARITY") Partnership.Type type,
        @Schema(examples = "ACTIVE") Partnership.Status status,
        @Schema(examples = "2022-09-28") LocalDate establishedOn,
        @Schema(description = "When the partnership or the partner municipality last changed, the later of the two",
                examples = "2026-05-01T10:00:00.123456Z") OffsetDateTime updatedAt) {
}
