package org.twintowns.events.event.service;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.twintowns.events.event.Event;
import org.twintowns.events.event.RegistrationCounts;

/**
 * What events need to know of their registrations. The registration feature provides it, so that
 * it depends on events and events never depend back on it.
 */
public interface EventRegistrations {

    RegistrationCounts counts(UUID eventId);

    /** Counts for many events at once, for lists; an event without registrations may be absent. */
    Map<UUID, RegistrationCounts> countsOf(Collection<UUID> eventIds);

    /**
     * Gives the seats the event's capacity leaves free to the waiting list, first come first
     * served. The caller holds the event's row lock.
     */
    void fillFreeSeats(Event event);
}
