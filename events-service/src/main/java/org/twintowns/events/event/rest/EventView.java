package org.twintowns.events.event.rest;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.events.event.Event;

/** An event as clients see it, its times in the event's own time zone. */
@Schema(name = "Event")
public record EventView(
        @Schema(examples = "7b0e2c4a-1f3d-4e8b-9a6c-2d5f8e1b3c70") UUID id,
        @Schema(description = "Title by ISO 639 language code",
                examples = "{\"de\": \"Sommerschule für Verwaltungsmitarbeitende\", \"en\": \"Summer school for administration staff\"}")
        Map<String, String> title,
        @Schema(examples = "SUMMER_SCHOOL") Event.Kind kind,
        @Schema(examples = "SCHEDULED") Event.Status status,
        @Schema(examples = "HYBRID") Event.AttendanceMode attendanceMode,
        @Schema(description = "Start, with the offset of the event's time zone at that moment",
                examples = "2024-11-15T09:00:00+01:00")
        OffsetDateTime startsAt,
        @Schema(description = "End, with the offset of the event's time zone at that moment",
                examples = "2024-11-18T17:00:00+01:00")
        OffsetDateTime endsAt,
        @Schema(description = "IANA time zone where the event takes place", examples = "Europe/Berlin") String timeZone,
        @Schema(examples = "Rathaus Kassel, Obere Königsstraße 8, 34117 Kassel") String venue,
        @Schema(examples = "https://meet.example.org/summer-school") String joinUrl,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
