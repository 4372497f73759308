package org.twintowns.events.event.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.events.event.Event;

/** A change of an event's status, recorded with the time and the reason. */
@Schema(name = "EventStatusChangeRequest")
public record StatusChangeRequest(
        @Schema(description = "The new status; CANCELLED and COMPLETED are final", required = true,
                examples = "MOVED_ONLINE")
        @NotNull
        Event.Status status,
        @Schema(description = "Why, for the history", examples = "Travel restrictions")
        @Size(max = 500)
        String reason,
        @Schema(description = "For MOVED_ONLINE: the absolute https URL to join, unless the event has one",
                examples = "https://meet.example.org/summer-school")
        @Size(max = 500)
        String joinUrl) {
}
