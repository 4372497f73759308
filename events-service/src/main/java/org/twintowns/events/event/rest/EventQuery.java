package org.twintowns.events.event.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.events.event.Event;
import org.twintowns.events.event.repository.EventRepository;
import org.twintowns.events.event.repository.EventRepository.EventFilter;

/** The filters of the event list and calendar ({@code @BeanParam}); all optional and combined with "and". */
public class EventQuery {

    @QueryParam("id")
    @Size(max = PageParams.MAX_IDS)
    @Parameter(description = "Only the events with these ids; repeat the parameter for several (at most "
            + PageParams.MAX_IDS + "), so that one request answers for many")
    public List<UUID> id;

    @QueryParam("kind")
    @Parameter(description = "What sort of event")
    public Event.Kind kind;

    @QueryParam("status")
    @Parameter(description = "Where the event stands")
    public Event.Status status;

    @QueryParam("attendanceMode")
    @Parameter(description = "How people take part")
    public Event.AttendanceMode attendanceMode;

    @QueryParam("from")
    @Parameter(description = "Only events still running after this moment (ISO 8601 with offset; encode + as %2B)",
            example = "2024-11-01T00:00:00Z")
    public OffsetDateTime from;

    @QueryParam("to")
    @Parameter(description = "Only events starting before this moment (ISO 8601 with offset; encode + as %2B); "
            + "must be after from", example = "2024-12-01T00:00:00Z")
    public OffsetDateTime to;

    @QueryParam("when")
    @Parameter(description = "UPCOMING: starting after now; PAST: ended before now", example = "UPCOMING")
    public EventRepository.When when;

    @QueryParam("municipality")
    @Parameter(description = "Organized by or with the participation of this municipality id")
    public UUID municipality;

    @QueryParam("country")
    @Parameter(description = "With an organizer or participant in this country (ISO 3166-1 alpha-2)", example = "UA")
    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as DE")
    public String country;

    @QueryParam("partnership")
    @Parameter(description = "Related to this partnership id")
    public UUID partnership;

    @QueryParam("topic")
    @Size(max = 60)
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lowercase words joined by hyphens")
    @Parameter(description = "With this topic", example = "civic-participation")
    public String topic;

    @QueryParam("series")
    @Parameter(description = "Part of this series id")
    public UUID series;

    @QueryParam("q")
    @Size(min = 2, max = 100)
    @Parameter(description = "Words in the title or description in any language, case-insensitive",
            example = "summer school")
    public String q;

    public EventFilter toFilter() {
        String text = q == null || q.isBlank() ? null : q.strip();
        return new EventFilter(id == null || id.isEmpty() ? null : List.copyOf(id), kind, status, attendanceMode, from, to, when, Instant.now(), municipality, partnership,
                country, topic, series, text);
    }
}
