package org.twintowns.events.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.twintowns.commons.persistence.JdbcRows;
import org.twintowns.events.event.Event;
import org.twintowns.events.event.RegistrationCounts;
import org.twintowns.events.event.service.EventRegistrations;
import org.twintowns.events.registration.Registration;
import org.twintowns.events.registration.RegistrationRepository;

/** How an event's seats are taken by its registrations; what events see of them. */
@ApplicationScoped
public class RegistrationSeats implements EventRegistrations {

    @Inject
    RegistrationRepository repository;

    @Override
    public RegistrationCounts counts(UUID eventId) {
        return repository.counts(eventId);
    }

    @Override
    public Map<UUID, RegistrationCounts> countsWith(JdbcRows.Together reads, int length) {
        return repository.countsWith(reads, length);
    }

    @Override
    public void fillFreeSeats(Event event) {
        long confirmed = repository.counts(event.id).confirmed();
        long free = event.registrationCapacity == null ? Integer.MAX_VALUE : event.registrationCapacity - confirmed;
        if (free <= 0) {
            return;
        }
        for (Registration waiting : repository.waitlist(event.id, (int) Math.min(free, Integer.MAX_VALUE))) {
            waiting.status = Registration.Status.CONFIRMED;
        }
        repository.flush();
    }
}
