package org.twintowns.partnerships.partnership.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.partnerships.partnership.PartnershipParticipant;

/** A municipality to take part in a partnership. */
@Schema(name = "ParticipantRequest")
public record ParticipantRequest(
        @Schema(description = "Id of a registered municipality", examples = "2f1c6b9e-8d2a-4c55-9f0e-3b7d2a1c9e44")
        @NotNull
        UUID municipalityId,

        @Schema(description = "Role in the partnership; PARTNER when omitted", examples = "PARTNER")
        PartnershipParticipant.Role role) {

    public PartnershipParticipant.Role roleOrDefault() {
        return role == null ? PartnershipParticipant.Role.PARTNER : role;
    }
}
