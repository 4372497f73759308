package org.twintowns.events.event.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.events.event.Event;

/**
 * An event as clients see it, its times in the event's own time zone; never any registrant's data. The
 * limits are those the request records validate (and the columns hold).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Event")
public record EventView(
        @Schema(examples = "7b0e2c4a-1f3d-4e8b-9a6c-2d5f8e1b3c70") UUID id,
        @Schema(description = "Title by ISO 639 language code",
                examples = "{\"de\": \"Sommerschule für Verwaltungsmitarbeitende\", \"en\": \"Summer school for administration staff\"}")
        Map<@Size(max = 3) String, @Size(max = 300) String> title,
        @Schema(description = "Description by ISO 639 language code",
                examples = "{\"en\": \"Civic participation, crime and drug prevention\"}")
        Map<@Size(max = 3) String, @Size(max = 10_000) String> description,
        @Schema(examples = "SUMMER_SCHOOL") Event.Kind kind,
        @Schema(examples = "SCHEDULED") Event.Status status,
        @Schema(description = "Every status the event has had, oldest first") List<StatusChangeView> statusHistory,
        @Schema(examples = "HYBRID") Event.AttendanceMode attendanceMode,
        @Schema(description = "Start, with the offset of the event's time zone at that moment",
                examples = "2024-11-15T09:00:00+01:00")
        OffsetDateTime startsAt,
        @Schema(description = "End, with the offset of the event's time zone at that moment",
                examples = "2024-11-18T17:00:00+01:00")
        OffsetDateTime endsAt,
        @Schema(description = "IANA time zone where the event takes place", examples = "Europe/Berlin", maxLength = 64)
        String timeZone,
        @Schema(examples = "Rathaus Kassel, Obere Königsstraße 8, 34117 Kassel", maxLength = 300) String venue,
        @Schema(description = "Where the venue is, if known") VenueCoordinates venueCoordinates,
        @Schema(description = "The venue's postal address, if known") VenueAddress venueAddress,
        @Schema(examples = "https://meet.example.org/summer-school", maxLength = 500) String joinUrl,
        @Schema(description = "Municipality ids that run the event, in the order of their text", examples = "[\"3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\"]", maxItems = 50)
        List<UUID> organizers,
        @Schema(description = "Municipality ids that take part, in the order of their text", examples = "[\"9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d\"]", maxItems = 200)
        List<UUID> participants,
        @Schema(description = "Related partnership ids, in the order of their text", examples = "[\"1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e\"]", maxItems = 50)
        List<UUID> partnerships,
        @Schema(description = "Topics, in the order of their characters", examples = "[\"civic-participation\"]", maxItems = 30)
        List<@Size(max = 60) String> topics,
        @Schema(description = "The agenda in order", maxItems = 200) List<SessionView> sessions,
        @Schema(description = "The series the event belongs to, if any") SeriesRef series,
        @Schema(description = "Registration settings and counts; never who registered") RegistrationSummary registration,
        @Schema(description = "Counts every change of the event (iCalendar SEQUENCE)", examples = "2", minimum = "0",
                maximum = "" + Integer.MAX_VALUE) int sequence,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** One entry of the status history. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EventStatusChange")
    public record StatusChangeView(
            @Schema(examples = "MOVED_ONLINE") Event.Status status,
            @Schema(examples = "2024-10-01T12:00:00Z") OffsetDateTime changedAt,
            @Schema(examples = "Travel restrictions", maxLength = 500) String reason) {
    }

    /** One session of the agenda, in the event's time zone. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EventSession")
    public record SessionView(
            @Schema(examples = "{\"en\": \"Civic participation\"}")
            Map<@Size(max = 3) String, @Size(max = 300) String> title,
            @Schema(examples = "2024-11-15T10:00:00+01:00") OffsetDateTime startsAt,
            @Schema(examples = "2024-11-15T12:00:00+01:00") OffsetDateTime endsAt,
            @Schema(examples = "[\"Dr. Anna Schmidt\"]", maxItems = 30) List<@Size(max = 200) String> speakers) {
    }

    /** The series an event belongs to. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EventSeriesRef")
    public record SeriesRef(
            @Schema(examples = "5c4b3a29-1807-4f6e-9d5c-4b3a29180716") UUID id,
            @Schema(examples = "{\"en\": \"Kassel–Novy Urengoy summer school\"}")
            Map<@Size(max = 3) String, @Size(max = 300) String> name) {
    }

    /** Registration settings with counts only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EventRegistrationSummary")
    public record RegistrationSummary(
            @Schema(examples = "true") boolean open,
            @Schema(examples = "2024-11-10T23:59:00+01:00") OffsetDateTime deadline,
            @Schema(description = "Seats; absent: no limit", examples = "40", minimum = "1", maximum = "100000")
            Integer capacity,
            @Schema(examples = "37", minimum = "0", maximum = "" + Long.MAX_VALUE) long confirmed,
            @Schema(examples = "4", minimum = "0", maximum = "" + Long.MAX_VALUE) long waitlisted,
            @Schema(description = "Seats still free; absent: no limit", examples = "3", minimum = "0", maximum = "100000")
            Long seatsLeft) {
    }
}
