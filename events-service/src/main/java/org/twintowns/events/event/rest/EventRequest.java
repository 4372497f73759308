package org.twintowns.events.event.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.commons.validation.CheckedBy;
import org.twintowns.events.event.Event;
import org.twintowns.events.event.service.EventRules;

/** What a client sends to announce an event, or to replace one (PUT): every field is replaced. */
@Schema(name = "EventRequest")
@CheckedBy(EventRules.class)
public record EventRequest(
        @Schema(description = "Title by ISO 639 language code (lowercase, two or three letters)",
                required = true, minProperties = 1, maxProperties = 30,
                examples = "{\"de\": \"Sommerschule für Verwaltungsmitarbeitende\", \"en\": \"Summer school for administration staff\"}")
        @NotEmpty @Size(max = 30)
        Map<@Pattern(regexp = "[a-z]{2,3}", message = "must be a lowercase ISO 639 language code such as de or uk")
                String, @NotBlank @Size(max = 300) String> title,

        @Schema(description = "Description by ISO 639 language code",
                examples = "{\"en\": \"Civic participation, crime and drug prevention, volunteering\"}")
        @Size(max = 30)
        Map<@Pattern(regexp = "[a-z]{2,3}", message = "must be a lowercase ISO 639 language code such as de or uk")
                String, @NotBlank @Size(max = 10_000) String> description,

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
                examples = {"Europe/Berlin", "Europe/Kyiv"})
        @NotBlank @Size(max = 64)
        String timeZone,

        @Schema(description = "Where it takes place; required for IN_PERSON and HYBRID events",
                examples = "Rathaus Kassel, Obere Königsstraße 8, 34117 Kassel")
        @Size(max = 300)
        String venue,

        @Schema(description = "Where the venue is; needs venue. Maps show the event there unless it is ONLINE")
        @Valid
        VenueCoordinates venueCoordinates,

        @Schema(description = "The venue's postal address; needs venue")
        @Valid
        VenueAddress venueAddress,

        @Schema(description = "Absolute https URL to join online; required for ONLINE and HYBRID events",
                examples = "https://meet.example.org/summer-school")
        @Size(max = 500)
        String joinUrl,

        @Schema(description = "Municipality ids (partnerships service) that run the event; at least one. "
                + "Editors may only name sets that include a municipality they act for.",
                examples = "[\"3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\"]")
        @NotEmpty @Size(max = 50)
        List<@NotNull UUID> organizers,

        @Schema(description = "Municipality ids (partnerships service) that take part",
                examples = "[\"9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d\"]")
        @Size(max = 200)
        List<@NotNull UUID> participants,

        @Schema(description = "Partnership ids (partnerships service) the event belongs to",
                examples = "[\"1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e\"]")
        @Size(max = 50)
        List<@NotNull UUID> partnerships,

        @Schema(description = "Topics as lowercase words joined by hyphens",
                examples = "[\"civic-participation\", \"drug-prevention\"]")
        @Size(max = 30)
        List<@NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lowercase words joined by hyphens, such as civic-participation")
                @Size(max = 60) String> topics,

        @Schema(description = "The agenda; every session lies within the event")
        @Size(max = 200)
        List<@NotNull @Valid SessionRequest> sessions,

        @Schema(description = "Id of the series the event belongs to (see /api/v1/events/series)",
                examples = "5c4b3a29-1807-4f6e-9d5c-4b3a29180716")
        UUID seriesId,

        @Schema(description = "Registration settings; without them registration is closed")
        @Valid
        RegistrationSettings registration) {
}
