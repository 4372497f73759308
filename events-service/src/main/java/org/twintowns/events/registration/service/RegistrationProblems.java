package org.twintowns.events.registration.service;

import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.problem.ProblemType;

/** The problems particular to registrations. */
public final class RegistrationProblems {

    public static final ProblemType REGISTRATION_CLOSED = ProblemType.of("registration-closed",
            "Registration closed");

    private RegistrationProblems() {
    }

    public static ProblemException registrationClosed(String why) {
        return new ProblemException(REGISTRATION_CLOSED, 409, "Registration is closed: " + why + ".");
    }
}
