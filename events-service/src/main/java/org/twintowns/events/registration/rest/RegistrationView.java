package org.twintowns.events.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.events.registration.Registration;

/** A registration with its personal data, as the event's organizers see it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Registration")
public record RegistrationView(
        @Schema(examples = "0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a") UUID id,
        @Schema(examples = "Olena Kovalenko", maxLength = 200) String name,
        @Schema(examples = "o.kovalenko@example.org", maxLength = 254) String email,
        @Schema(examples = "Stadtverwaltung Jena", maxLength = 200) String organisation,
        @Schema(examples = "3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID municipalityId,
        @Schema(examples = "WAITLISTED") Registration.Status status,
        OffsetDateTime registeredAt,
        OffsetDateTime updatedAt) {

    public static RegistrationView of(Registration r) {
        return new RegistrationView(r.id, r.name, r.email, r.organisation, r.municipalityId, r.status, r.createdAt,
                r.updatedAt);
    }
}
