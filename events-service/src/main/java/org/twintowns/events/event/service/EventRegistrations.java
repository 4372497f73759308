package org.twintowns.events.event.service;

import java.util.Map;
import java.util.UUID;
import org.twintowns.commons.persistence.JdbcRows;
import org.twintowns.events.event.Event;
import org.twintowns.events.event.RegistrationCounts;

/**
 * What events need to know of their registrations. The registration feature provides it, so that
 * it depends on events and events never depend back on it.
 */
public interface EventRegistrations {

    RegistrationCounts counts(UUID eventId);

    /**
     * Adds the read of the counts of the events whose ids are the parameter {@code :ids} (at most {@code length}
     * of them) to {@code reads}, which an event's read sends together with its own: the map is filled when they
     * run, and an event without registrations is absent.
     */
    Map<UUID, RegistrationCounts> countsWith(JdbcRows.Together reads, int length);

    /**
     * Gives the seats the event's capacity leaves free to the waiting list, first come first
     * served. The caller holds the event's row lock.
     */
    void fillFreeSeats(Event event);
}
