package org.twintowns.events.registration.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.security.Caller;
import org.twintowns.events.event.Event;
import org.twintowns.events.event.StatusTransitions;
import org.twintowns.events.event.mapping.EventMapper;
import org.twintowns.events.event.repository.EventRepository;
import org.twintowns.events.event.service.EventProblems;
import org.twintowns.events.registration.Registration;
import org.twintowns.events.registration.RegistrationRepository;
import org.twintowns.events.registration.rest.RegistrationReceipt;
import org.twintowns.events.registration.rest.RegistrationRequest;

/**
 * The transactional writes of registrations, with a capacity that holds under concurrency: every
 * registration and cancellation locks the event's row first, so they run one after the other per
 * event, and a person (an e-mail address) holds at most one registration of an event that is not
 * cancelled. Nothing here asks another service, so the lock is held for a few statements only.
 */
@ApplicationScoped
public class RegistrationWriter {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EventRepository events;

    @Inject
    RegistrationRepository repository;

    @Inject
    RegistrationSeats seats;

    @Inject
    Caller caller;

    @Transactional
    public RegistrationReceipt register(UUID eventId, RegistrationRequest request) {
        Event event = lockedEvent(eventId);
        if (StatusTransitions.isFinal(event.status)) {
            throw RegistrationProblems.registrationClosed("the event is " + event.status);
        }
        if (!event.registrationOpen) {
            throw RegistrationProblems.registrationClosed("the organizers do not take registrations for this event");
        }
        Instant deadline = event.registrationDeadline != null ? event.registrationDeadline : event.startsAt;
        if (!Instant.now().isBefore(deadline)) {
            throw RegistrationProblems.registrationClosed("the deadline passed at " + deadline);
        }
        String email = request.email().strip();
        // The event's row lock makes this check decide; the unique index stands behind it.
        repository.active(eventId, email).ifPresent(existing -> {
            throw RegistrationProblems.alreadyRegistered(existing);
        });
        long confirmed = repository.counts(eventId).confirmed();
        Registration registration = new Registration();
        registration.eventId = eventId;
        registration.name = request.name().strip();
        registration.email = email;
        registration.organisation = EventMapper.trimToNull(request.organisation());
        registration.municipalityId = request.municipalityId();
        registration.status = event.registrationCapacity == null || confirmed < event.registrationCapacity
                ? Registration.Status.CONFIRMED : Registration.Status.WAITLISTED;
        String token = newToken();
        registration.cancellationTokenHash = hash(token);
        repository.persistAndFlush(registration);
        return new RegistrationReceipt(registration.id, eventId, registration.status, token);
    }

    /**
     * Cancels a registration: the registrant with their token, or an organizer. A freed seat goes
     * to the first on the waiting list.
     */
    @Transactional
    public void cancel(UUID eventId, UUID registrationId, String cancellationToken) {
        Event event = lockedEvent(eventId);
        Registration registration = repository.findByIdOptional(registrationId)
                .filter(r -> r.eventId.equals(eventId) && r.status != Registration.Status.CANCELLED)
                .orElseThrow(() -> ProblemException.notFound("registration", registrationId));
        boolean byRegistrant = cancellationToken != null && !cancellationToken.isBlank()
                && MessageDigest.isEqual(hash(cancellationToken.strip()).getBytes(StandardCharsets.US_ASCII),
                registration.cancellationTokenHash.getBytes(StandardCharsets.US_ASCII));
        if (!byRegistrant) {
            boolean triedToken = cancellationToken != null && !cancellationToken.isBlank();
            if (triedToken && !caller.isAuthenticated()) {
                throw new ForbiddenException();
            }
            caller.requireActsForAny(event.organizers);
        }
        boolean freedSeat = registration.status == Registration.Status.CONFIRMED;
        registration.status = Registration.Status.CANCELLED;
        repository.flush();
        if (freedSeat) {
            seats.fillFreeSeats(event);
        }
    }

    private Event lockedEvent(UUID eventId) {
        return events.findForUpdate(eventId).orElseThrow(() -> EventProblems.notFound(eventId));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
