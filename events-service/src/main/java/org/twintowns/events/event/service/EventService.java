package org.twintowns.events.event.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.persistence.JdbcRows;
import org.twintowns.commons.paging.Listing;
import org.twintowns.commons.paging.Listings;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.events.event.Event;
import org.twintowns.events.event.RegistrationCounts;
import org.twintowns.events.event.mapping.EventMapper;
import org.twintowns.events.event.repository.EventRepository;
import org.twintowns.events.event.repository.EventRepository.EventFilter;
import org.twintowns.events.event.repository.EventRow;
import org.twintowns.events.event.rest.EventRequest;
import org.twintowns.events.event.rest.EventView;
import org.twintowns.events.reference.ReferenceChecker;

/**
 * Announcing, changing and finding events: checks the request and the caller's rights, checks
 * the references with partnerships-service, then hands the write to {@link EventWriter}.
 */
@ApplicationScoped
public class EventService {

    private static final Map<String, String> SORTABLE = Map.of(
            "startsAt", "startsAt", "endsAt", "endsAt", "createdAt", "createdAt", "updatedAt", "updatedAt");
    private static final Sort DEFAULT_SORT = Sort.by("startsAt").and("id");

    @Inject
    EventRepository repository;

    @Inject
    EventWriter writer;

    @Inject
    EventWriteChecks checks;

    @Inject
    EventRegistrations registrations;

    @Inject
    ReferenceChecker references;

    @Inject
    Listings listings;

    public Versioned<EventView> create(EventRequest request) {
        checks.creatable(request);
        return writer.create(request, countries(request));
    }

    public Versioned<EventView> update(UUID id, String ifMatch, EventRequest request) {
        // Fail fast on an unlocked read, before asking another service; the writer checks again with the row locked.
        checks.replaceable(find(id), ifMatch, request);
        return writer.update(id, ifMatch, request, countries(request));
    }

    public Versioned<EventView> changeStatus(UUID id, String ifMatch, Event.Status next, String reason,
                                             String joinUrl) {
        return writer.changeStatus(id, ifMatch, next, reason, joinUrl);
    }

    /** The event with its registration counts, read in one statement ({@link EventRepository#row}). */
    public Versioned<EventView> get(UUID id) {
        JdbcRows.Together reads = JdbcRows.together();
        Map<UUID, RegistrationCounts> counts = registrations.countsWith(reads, 1);
        EventRow event = repository.row(id, reads).orElseThrow(() -> EventProblems.notFound(id));
        return EventMapper.toVersionedView(event, counts.getOrDefault(id, RegistrationCounts.NONE));
    }

    /** The entity for read-only uses such as calendars; never leaves the service layer as JSON. */
    public Event find(UUID id) {
        return repository.findByIdOptional(id).orElseThrow(() -> EventProblems.notFound(id));
    }

    public Page<EventView> list(EventFilter filter, PageParams paging) {
        checkInterval(filter);
        Listing listing = listings.of(paging, SORTABLE, DEFAULT_SORT, "id");
        // The page's registration counts go with its collections: one statement after the page's own.
        JdbcRows.Together reads = JdbcRows.together();
        Map<UUID, RegistrationCounts> counts = registrations.countsWith(reads, listing.limit());
        EventRepository.Slice slice = repository.search(filter, listing, reads);
        return listing.page(slice.items(), slice.total(), EventRow::updatedAt, e -> List.of(e.id()))
                .map(e -> EventMapper.toView(e, counts.getOrDefault(e.id(), RegistrationCounts.NONE)));
    }

    /** All events matching the filter, up to a limit, for calendars. */
    public List<Event> all(EventFilter filter, int limit) {
        checkInterval(filter);
        return repository.first(filter, DEFAULT_SORT, limit);
    }

    /**
     * Checks every reference with partnerships-service, outside any transaction.
     *
     * @return the countries of the organizing and participating municipalities
     */
    private Set<String> countries(EventRequest request) {
        return references.check(request.organizers(), EventMapper.orEmpty(request.participants()),
                EventMapper.orEmpty(request.partnerships()));
    }

    static void checkInterval(EventFilter filter) {
        if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
            throw ProblemException.invalidField("to", "must be after from");
        }
    }
}
