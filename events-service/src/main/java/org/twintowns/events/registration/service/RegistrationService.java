package org.twintowns.events.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.UUID;
import org.twintowns.commons.persistence.UniqueViolations;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.security.Caller;
import org.twintowns.events.event.Event;
import org.twintowns.events.event.repository.EventRepository;
import org.twintowns.events.event.service.EventProblems;
import org.twintowns.events.registration.RegistrationRepository;
import org.twintowns.events.registration.rest.RegistrationReceipt;
import org.twintowns.events.registration.rest.RegistrationRequest;
import org.twintowns.events.registration.rest.RegistrationView;

/**
 * Registering for events and seeing who registered. Registrations refer to nothing another
 * service owns, so every write goes straight to {@link RegistrationWriter}, which decides with
 * the event's row locked.
 */
@ApplicationScoped
public class RegistrationService {

    @Inject
    EventRepository events;

    @Inject
    RegistrationRepository repository;

    @Inject
    RegistrationWriter writer;

    @Inject
    Caller caller;

    /** Registers the person once: a repeat, even a concurrent one, is a 409 naming their registration. */
    public RegistrationReceipt register(UUID eventId, RegistrationRequest request) {
        try {
            return writer.register(eventId, request);
        } catch (PersistenceException | TransactionalException e) {
            // Only a write that bypassed the event's row lock can lose to the unique index; answer it the same way.
            if (UniqueViolations.isUniqueViolation(e)) {
                throw repository.active(eventId, request.email().strip())
                        .map(RegistrationProblems::alreadyRegistered)
                        .orElseGet(() -> ProblemException.conflict("The registration collided with another one."));
            }
            throw e;
        }
    }

    /**
     * Cancels a registration: the registrant with their token, or an organizer. A freed seat goes
     * to the first on the waiting list.
     */
    public void cancel(UUID eventId, UUID registrationId, String cancellationToken) {
        writer.cancel(eventId, registrationId, cancellationToken);
    }

    /** The registrations of an event with their personal data: for its organizers and admins only. */
    public List<RegistrationView> list(UUID eventId) {
        Event event = events.findByIdOptional(eventId).orElseThrow(() -> EventProblems.notFound(eventId));
        caller.requireActsForAny(event.organizers);
        return repository.ofEvent(eventId).stream().map(RegistrationView::of).toList();
    }
}
