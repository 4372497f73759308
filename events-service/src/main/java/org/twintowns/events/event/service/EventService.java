package org.twintowns.events.event.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.paging.Sorting;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.events.event.Event;
import org.twintowns.events.event.mapping.EventMapper;
import org.twintowns.events.event.repository.EventRepository;
import org.twintowns.events.event.repository.EventRepository.EventFilter;
import org.twintowns.events.event.rest.EventRequest;
import org.twintowns.events.event.rest.EventView;

/** Announcing and finding events; owns the transactions and the rules. */
@ApplicationScoped
public class EventService {

    private static final Map<String, String> SORTABLE = Map.of(
            "startsAt", "startsAt", "endsAt", "endsAt", "createdAt", "createdAt");
    private static final Sort DEFAULT_SORT = Sort.by("startsAt").and("id");
    /** The IANA time zone database as the JDK knows it; excludes fixed offsets such as +02:00 or UTC+2. */
    private static final Set<String> IANA_ZONES = ZoneId.getAvailableZoneIds();

    @Inject
    EventRepository repository;

    @Transactional
    public EventView create(EventRequest request) {
        if (!EventMapper.instant(request.endsAt()).isAfter(EventMapper.instant(request.startsAt()))) {
            throw ProblemException.invalidField("endsAt", "must be after startsAt");
        }
        ZoneId zone = timeZone(request.timeZone());
        checkAttendance(request.attendanceMode(), EventMapper.trimToNull(request.venue()),
                EventMapper.trimToNull(request.joinUrl()));
        Event event = EventMapper.toEntity(request, zone);
        repository.persistAndFlush(event);
        return EventMapper.toView(event);
    }

    public EventView get(UUID id) {
        return repository.findByIdOptional(id)
                .map(EventMapper::toView)
                .orElseThrow(() -> ProblemException.notFound("event", id));
    }

    public Page<EventView> list(EventFilter filter, PageParams paging) {
        if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
            throw ProblemException.invalidField("to", "must be after from");
        }
        Sort sort = Sorting.parse(paging.sort, SORTABLE, DEFAULT_SORT);
        EventRepository.Slice slice = repository.search(filter, sort, paging.page, paging.size);
        return Page.of(slice.items(), paging, slice.total()).map(EventMapper::toView);
    }

    /**
     * A region-based zone, never a fixed offset: the offset of a place changes with daylight
     * saving time and with law, and events keep the local time of where they happen.
     */
    private static ZoneId timeZone(String id) {
        String message = "must be an IANA time zone such as Europe/Berlin";
        ZoneId zone;
        try {
            zone = ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw ProblemException.invalidField("timeZone", message + "; '" + id + "' is not one");
        }
        if (zone instanceof ZoneOffset || !IANA_ZONES.contains(zone.getId())) {
            throw ProblemException.invalidField("timeZone", message + ", not a fixed offset");
        }
        return zone;
    }

    private static void checkAttendance(Event.AttendanceMode mode, String venue, String joinUrl) {
        if (mode != Event.AttendanceMode.ONLINE && venue == null) {
            throw ProblemException.invalidField("venue", "is required for " + mode + " events");
        }
        if (mode != Event.AttendanceMode.IN_PERSON && joinUrl == null) {
            throw ProblemException.invalidField("joinUrl", "is required for " + mode + " events");
        }
        if (joinUrl != null && !isAbsoluteHttps(joinUrl)) {
            throw ProblemException.invalidField("joinUrl", "must be an absolute https URL");
        }
    }

    private static boolean isAbsoluteHttps(String url) {
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
