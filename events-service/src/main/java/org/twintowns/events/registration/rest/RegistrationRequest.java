package org.twintowns.events.registration.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What someone sends to register for an event; personal data, shown only to the organizers. */
@Schema(name = "RegistrationRequest")
public record RegistrationRequest(
        @Schema(description = "Name of the person attending", required = true, examples = "Olena Kovalenko")
        @NotBlank @Size(max = 200)
        String name,
        @Schema(description = "E-mail address for the organizers", required = true, examples = "o.kovalenko@example.org")
        @NotBlank @Email @Size(max = 254)
        String email,
        @Schema(description = "Organisation the person comes from", examples = "Stadtverwaltung Jena")
        @Size(max = 200)
        String organisation,
        @Schema(description = "Municipality id (partnerships service) the person comes from",
                examples = "3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
        UUID municipalityId) {
}
