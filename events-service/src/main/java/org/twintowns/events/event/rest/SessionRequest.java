package org.twintowns.events.event.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One session of an event's agenda. */
@Schema(name = "EventSessionRequest")
public record SessionRequest(
        @Schema(description = "Title by ISO 639 language code", required = true,
                examples = "{\"en\": \"Civic participation in Kassel and Novy Urengoy\"}")
        @NotEmpty @Size(max = 30)
        Map<@Pattern(regexp = "[a-z]{2,3}", message = "must be a lowercase ISO 639 language code such as de or uk")
                String, @NotBlank @Size(max = 300) String> title,

        @Schema(description = "Start, ISO 8601 with offset; not before the event starts",
                examples = "2024-11-15T10:00:00+01:00")
        @NotNull
        OffsetDateTime startsAt,

        @Schema(description = "End, ISO 8601 with offset; after the start and not after the event ends",
                examples = "2024-11-15T12:00:00+01:00")
        @NotNull
        OffsetDateTime endsAt,

        @Schema(description = "Speakers as they want to be named", examples = "[\"Dr. Anna Schmidt\"]")
        @Size(max = 30)
        List<@NotBlank @Size(max = 200) String> speakers) {
}
