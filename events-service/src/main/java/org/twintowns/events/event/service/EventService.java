package org.twintowns.events.event.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.paging.Sorting;
import org.twintowns.commons.persistence.TrackedEntity;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.security.Caller;
import org.twintowns.events.event.Event;
import org.twintowns.events.event.StatusChange;
import org.twintowns.events.event.StatusTransitions;
import org.twintowns.events.event.mapping.EventMapper;
import org.twintowns.events.event.repository.EventRepository;
import org.twintowns.events.event.repository.EventRepository.EventFilter;
import org.twintowns.events.event.rest.EventRequest;
import org.twintowns.events.event.rest.EventView;
import org.twintowns.events.reference.ReferenceChecker;
import org.twintowns.events.registration.RegistrationRepository;
import org.twintowns.events.registration.RegistrationRepository.Counts;
import org.twintowns.events.registration.service.RegistrationService;
import org.twintowns.events.series.EventSeries;
import org.twintowns.events.series.EventSeriesRepository;

/** Announcing, changing and finding events; owns the transactions and the rules. */
@ApplicationScoped
public class EventService {

    private static final Map<String, String> SORTABLE = Map.of(
            "startsAt", "startsAt", "endsAt", "endsAt", "createdAt", "createdAt");
    private static final Sort DEFAULT_SORT = Sort.by("startsAt").and("id");

    @Inject
    EventRepository repository;

    @Inject
    EventSeriesRepository seriesRepository;

    @Inject
    RegistrationRepository registrations;

    @Inject
    RegistrationService registrationService;

    @Inject
    ReferenceChecker references;

    @Inject
    Caller caller;

    @Transactional
    public Versioned<EventView> create(EventRequest request) {
        requireScope(request.organizers());
        ZoneId zone = EventRules.check(request);
        EventSeries series = series(request.seriesId());
        Set<String> countries = references.check(request.organizers(), EventMapper.orEmpty(request.participants()),
                EventMapper.orEmpty(request.partnerships()));
        Event event = new Event();
        EventMapper.apply(request, zone, series, event);
        event.countries = new LinkedHashSet<>(countries);
        event.status = Event.Status.SCHEDULED;
        event.statusHistory.add(new StatusChange(Event.Status.SCHEDULED, now(), null));
        repository.persistAndFlush(event);
        return versioned(event);
    }

    public Versioned<EventView> get(UUID id) {
        return versioned(find(id));
    }

    /** The entity for read-only uses such as calendars; never leaves the service layer as JSON. */
    public Event find(UUID id) {
        return repository.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("event", id));
    }

    /**
     * Replaces an event. The row stays locked until the end, so that registrations cannot slip in
     * between the capacity check and the write.
     */
    @Transactional
    public Versioned<EventView> update(UUID id, String ifMatch, EventRequest request) {
        Event event = repository.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("event", id));
        // An editor may neither touch someone else's event nor move their own out of their reach.
        requireScope(event.organizers);
        requireScope(request.organizers());
        ETags.requireMatch(ifMatch, event.version);
        ZoneId zone = EventRules.check(request);
        if (StatusTransitions.isFinal(event.status)) {
            throw ProblemException.conflict("The event is " + event.status + " and can no longer be changed.");
        }
        EventSeries series = series(request.seriesId());
        Counts counts = registrations.counts(id);
        Integer capacity = request.registration() == null ? null : request.registration().capacity();
        if (capacity != null && capacity < counts.confirmed()) {
            throw ProblemException.conflict("The capacity cannot be lowered to " + capacity + ": "
                    + counts.confirmed() + " registrations are confirmed.");
        }
        Set<String> countries = references.check(request.organizers(), EventMapper.orEmpty(request.participants()),
                EventMapper.orEmpty(request.partnerships()));
        EventMapper.apply(request, zone, series, event);
        event.countries = new LinkedHashSet<>(countries);
        event.sequence++;
        registrationService.fillFreeSeats(event);
        repository.flush();
        return versioned(event);
    }

    @Transactional
    public Versioned<EventView> changeStatus(UUID id, String ifMatch, Event.Status next, String reason,
                                             String joinUrl) {
        Event event = repository.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("event", id));
        requireScope(event.organizers);
        ETags.requireMatch(ifMatch, event.version);
        if (!StatusTransitions.allowedAfter(event.status).contains(next)) {
            throw EventProblems.invalidTransition(event.status, next);
        }
        Instant now = now();
        if (next == Event.Status.COMPLETED && now.isBefore(event.startsAt)) {
            throw EventProblems.invalidTransition(event.status, next, "an event cannot be completed before it starts");
        }
        if (next == Event.Status.MOVED_ONLINE) {
            String url = joinUrl == null || joinUrl.isBlank() ? event.joinUrl : joinUrl.strip();
            EventRules.checkAttendance(Event.AttendanceMode.ONLINE, event.venue, url);
            event.joinUrl = url;
            event.attendanceMode = Event.AttendanceMode.ONLINE;
        }
        event.status = next;
        event.statusHistory.add(new StatusChange(next, now, EventMapper.trimToNull(reason)));
        event.sequence++;
        repository.flush();
        return versioned(event);
    }

    public Page<EventView> list(EventFilter filter, PageParams paging) {
        if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
            throw ProblemException.invalidField("to", "must be after from");
        }
        Sort sort = Sorting.parse(paging.sort, SORTABLE, DEFAULT_SORT);
        EventRepository.Slice slice = repository.search(filter, sort, paging.page, paging.size);
        Map<UUID, Counts> counts = registrations.countsOf(slice.items().stream().map(e -> e.id).toList());
        return Page.of(slice.items(), paging, slice.total())
                .map(e -> EventMapper.toView(e, counts.getOrDefault(e.id, Counts.NONE)));
    }

    /** All events matching the filter, up to a limit, for calendars. */
    public List<Event> all(EventFilter filter, int limit) {
        if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
            throw ProblemException.invalidField("to", "must be after from");
        }
        return repository.search(filter, DEFAULT_SORT, 0, limit).items();
    }

    /** Writes need a token; editors only for events organized by a municipality they act for. */
    private void requireScope(Collection<UUID> organizers) {
        caller.requireActsForAny(organizers);
    }

    private EventSeries series(UUID seriesId) {
        if (seriesId == null) {
            return null;
        }
        return seriesRepository.findByIdOptional(seriesId).orElseThrow(() -> ProblemException.unknownReferences(
                List.of(new Problem.FieldError("seriesId", "no event series with id " + seriesId))));
    }

    private Versioned<EventView> versioned(Event event) {
        return new Versioned<>(EventMapper.toView(event, registrations.counts(event.id)), event.version);
    }

    private static Instant now() {
        return TrackedEntity.now().toInstant();
    }
}
