package org.twintowns.partnerships.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A municipality taking part in a partnership, and in which role. */
@Embeddable
public class PartnershipParticipant {

    /** What a participant does in the partnership. */
    @Schema(name = "ParticipantRole")
    public enum Role { PARTNER, INITIATOR, COORDINATOR, OBSERVER }

    @Column(name = "municipality_id", nullable = false)
    public UUID municipalityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    protected PartnershipParticipant() {
    }

    public PartnershipParticipant(UUID municipalityId, Role role) {
        this.municipalityId = municipalityId;
        this.role = role;
    }
}
