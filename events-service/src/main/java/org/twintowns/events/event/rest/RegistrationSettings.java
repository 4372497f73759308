package org.twintowns.events.event.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether people may register for an event, until when, and how many seats there are. */
@Schema(name = "EventRegistrationSettings")
public record RegistrationSettings(
        @Schema(description = "Whether registrations are accepted", examples = "true")
        boolean open,
        @Schema(description = "No registrations after this moment (ISO 8601 with offset); none: until the event starts",
                examples = "2024-11-10T23:59:00+01:00")
        OffsetDateTime deadline,
        @Schema(description = "Seats; none: no limit. Never below the number of confirmed registrations. "
                + "Further registrations go to the waiting list.", examples = "40")
        @Positive @Max(100_000)
        Integer capacity) {
}
