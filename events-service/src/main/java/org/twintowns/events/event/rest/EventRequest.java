package org.twintowns.events.event.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.events.event.Event;

/** What a client sends to announce an event. */
@Schema(name = "EventRequest")
public record EventRequest(
        @Schema(description = "Title by ISO 639 language code (lowercase, two or three letters)",
                required = true, minProperties = 1, maxProperties = 30,
                examples = "{\"de\": \"Sommerschule für Verwaltungsmitarbeitende\", \"en\": \"Summer school for administration staff\"}")
        @NotEmpty @Size(max = 30)
        Map<@Pattern(regexp = "[a-z]{2,3}", message = "must be a lowercase ISO 639 language code such as de or uk")
                String, @NotBlank @Size(max = 300) String> title,

        @Schema(description = "What sort of event it is", examples = "SUMMER_SCHOOL")
        @NotNull
        Event.Kind kind,

        @Schema(description = "How people take part; IN_PERSON and HYBRID need a venue, ONLINE and HYBRID a joinUrl",
                examples = "HYBRID")
        @NotNull
        Event.AttendanceMode attendanceMode,

        @Schema(description = "Start, ISO 8601 with offset", examples = "2024-11-15T09:00:00+01:00")
        @NotNull
        OffsetDateTime startsAt,

        @Schema(description = "End, ISO 8601 with offset; must be after the start", examples = "2024-11-18T17:00:00+01:00")
        @NotNull
        OffsetDateTime endsAt,

        @Schema(description = "IANA time zone where the event takes place; times are shown in it",
                examples = "Europe/Berlin")
        @NotBlank @Size(max = 64)
        String timeZone,

        @Schema(description = "Where it takes place; required for IN_PERSON and HYBRID events",
                examples = "Rathaus Kassel, Obere Königsstraße 8, 34117 Kassel")
        @Size(max = 300)
        String venue,

        @Schema(description = "Absolute https URL to join online; required for ONLINE and HYBRID events",
                examples = "https://meet.example.org/summer-school")
        @Size(max = 500)
        String joinUrl) {
}
