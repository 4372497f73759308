package org.twintowns.events.event.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.twintowns.commons.changes.Change;
import org.twintowns.commons.changes.Outbox;
import org.twintowns.events.event.Event;
import org.twintowns.events.event.mapping.EventMapper;

/**
 * What the events feed tells: {@code event.created}, {@code event.updated} (its content changed),
 * {@code event.status-changed} (postponed, moved online, completed, rescheduled) and
 * {@code event.cancelled}. The data is the event as anyone reads it, with its registration counts
 * and never a registration. Joins the caller's transaction.
 */
@ApplicationScoped
public class EventChanges {

    public static final String SOURCE = "/api/v1/events";
    public static final String CREATED = "event.created";
    public static final String UPDATED = "event.updated";
    public static final String STATUS_CHANGED = "event.status-changed";
    public static final String CANCELLED = "event.cancelled";
    public static final List<String> TYPES = List.of(CREATED, UPDATED, STATUS_CHANGED, CANCELLED);

    @Inject
    Outbox outbox;

    @Inject
    EventRegistrations registrations;

    void created(Event event) {
        record(CREATED, event);
    }

    void updated(Event event) {
        record(UPDATED, event);
    }

    void statusChanged(Event event) {
        record(event.status == Event.Status.CANCELLED ? CANCELLED : STATUS_CHANGED, event);
    }

    private void record(String type, Event event) {
        Set<UUID> municipalities = new LinkedHashSet<>(event.organizers);
        municipalities.addAll(event.participants);
        outbox.record(Change.of(type, SOURCE, event.id, EventMapper.toView(event, registrations.counts(event.id)))
                .concerning(municipalities, event.countries));
    }
}
