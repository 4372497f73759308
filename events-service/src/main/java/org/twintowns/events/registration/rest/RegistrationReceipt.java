package org.twintowns.events.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.events.registration.Registration;

/** What a registrant gets back: the outcome and the token that lets them cancel. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RegistrationReceipt")
public record RegistrationReceipt(
        @Schema(examples = "0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a") UUID id,
        @Schema(examples = "UUID of the event") UUID eventId,
        @Schema(description = "CONFIRMED holds a seat; WAITLISTED is promoted when one frees up", examples = "CONFIRMED")
        Registration.Status status,
        @Schema(description = "Send it as Cancellation-Token to cancel; shown only this once",
                examples = "q5oN1w1m3bqk0XfQm2b1tq9yq8tUe8oK4t2gq5Z9x2Y", pattern = "[A-Za-z0-9_-]{43}")
        String cancellationToken) {
}
