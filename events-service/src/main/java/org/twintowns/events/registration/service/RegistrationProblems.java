package org.twintowns.events.registration.service;

import java.util.List;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.events.registration.Registration;

/** The problems particular to registrations. */
public final class RegistrationProblems {

    public static final ProblemType REGISTRATION_CLOSED = ProblemType.of("registration-closed",
            "Registration closed");

    public static final ProblemType ALREADY_REGISTERED = ProblemType.of("already-registered",
            "Already registered");

    private RegistrationProblems() {
    }

    public static ProblemException registrationClosed(String why) {
        return new ProblemException(REGISTRATION_CLOSED, 409, "Registration is closed: " + why + ".");
    }

    /**
     * 409 naming the registration the e-mail address already holds. The receipt's cancellation
     * token is never shown again: whoever holds it can cancel and register anew.
     */
    public static ProblemException alreadyRegistered(Registration existing) {
        String detail = "This e-mail address is already registered for the event (registration " + existing.id + ", "
                + existing.status + "). It takes one seat per person; cancel that registration first to register anew.";
        return new ProblemException(new Problem(ALREADY_REGISTERED.uri(), ALREADY_REGISTERED.title(), 409, detail,
                null, null, List.of(new Problem.FieldError("email",
                "is already registered for this event as registration " + existing.id))));
    }
}
