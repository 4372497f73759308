package org.twintowns.events.event.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.persistence.Changes;
import org.twintowns.commons.persistence.TrackedEntity;
import org.twintowns.events.event.Event;
import org.twintowns.events.event.StatusChange;
import org.twintowns.events.event.StatusTransitions;
import org.twintowns.events.event.mapping.EventMapper;
import org.twintowns.events.event.repository.EventRepository;
import org.twintowns.events.event.rest.EventRequest;
import org.twintowns.events.event.rest.EventView;

/**
 * The transactional writes of events. Callers have checked the references with
 * partnerships-service first, so no transaction, and no lock on an event's row, is held while
 * another service is asked.
 */
@ApplicationScoped
public class EventWriter {

    @Inject
    EventRepository repository;

    @Inject
    EventWriteChecks checks;

    @Inject
    EventRegistrations registrations;

    @Inject
    EventChanges changes;

    /** @param countries the countries of the organizers and participants, as partnerships-service named them */
    @Transactional
    public Versioned<EventView> create(EventRequest request, Set<String> countries) {
        EventWriteChecks.Checked checked = checks.creatable(request);
        Event event = new Event();
        EventMapper.apply(request, checked.zone(), checked.series(), event);
        event.countries = new LinkedHashSet<>(countries);
        event.status = Event.Status.SCHEDULED;
        event.statusHistory.add(new StatusChange(Event.Status.SCHEDULED, now(), null));
        repository.persistAndFlush(event);
        changes.created(event);
        return versioned(event);
    }

    /**
     * Replaces an event; a request that changes nothing leaves its version, sequence and
     * updatedAt as they were. The row stays locked until the end, so that registrations cannot slip in
     * between the capacity check and the write.
     *
     * @param countries the countries of the organizers and participants, as partnerships-service named them
     */
    @Transactional
    public Versioned<EventView> update(UUID id, String ifMatch, EventRequest request, Set<String> countries) {
        Event event = locked(id);
        EventWriteChecks.Checked checked = checks.replaceable(event, ifMatch, request);
        boolean changed = Changes.apply(event, EventMapper::toRequest,
                e -> EventMapper.apply(request, checked.zone(), checked.series(), e));
        // What partnerships-service says of the municipalities, not what the client sent: not content.
        replace(event.countries, countries);
        if (changed) {
            event.sequence++;
            registrations.fillFreeSeats(event);
        }
        repository.flush();
        if (changed) {
            changes.updated(event);
        }
        return versioned(event);
    }

    @Transactional
    public Versioned<EventView> changeStatus(UUID id, String ifMatch, Event.Status next, String reason,
                                             String joinUrl) {
        Event event = locked(id);
        checks.requireScope(event.organizers);
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
        changes.statusChanged(event);
        return versioned(event);
    }

    private static void replace(Set<String> target, Set<String> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    /** The event, its row locked until the transaction ends. */
    private Event locked(UUID id) {
        return repository.findForUpdate(id).orElseThrow(() -> EventProblems.notFound(id));
    }

    private Versioned<EventView> versioned(Event event) {
        return EventMapper.toVersionedView(event, registrations.counts(event.id));
    }

    private static Instant now() {
        return TrackedEntity.now().toInstant();
    }
}
