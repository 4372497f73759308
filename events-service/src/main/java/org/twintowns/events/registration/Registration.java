package org.twintowns.events.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.commons.persistence.TrackedEntity;

/** Someone's registration for an event: personal data that only the event's organizers see. */
@Entity
public class Registration extends TrackedEntity {

    /** Confirmed holds a seat; waitlisted waits for one, first come first served. */
    @Schema(name = "RegistrationStatus")
    public enum Status { CONFIRMED, WAITLISTED, CANCELLED }

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    public String organisation;

    @Column(name = "municipality_id")
    public UUID municipalityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** SHA-256 of the cancellation token; the token itself is only ever given to the registrant. */
    @Column(name = "cancellation_token_hash", nullable = false)
    public String cancellationTokenHash;
}
