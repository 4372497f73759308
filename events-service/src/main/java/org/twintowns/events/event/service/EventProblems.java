package org.twintowns.events.event.service;

import java.util.UUID;
import java.util.stream.Collectors;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.events.event.Event;
import org.twintowns.events.event.StatusTransitions;

/** The problems particular to events. */
public final class EventProblems {

    public static final ProblemType INVALID_TRANSITION = ProblemType.of("invalid-transition",
            "Invalid status transition");

    private EventProblems() {
    }

    public static ProblemException notFound(UUID id) {
        return ProblemException.notFound("event", id);
    }

    public static ProblemException invalidTransition(Event.Status from, Event.Status to) {
        String allowed = StatusTransitions.allowedAfter(from).stream().map(Enum::name).sorted()
                .collect(Collectors.joining(", "));
        return invalidTransition(from, to, allowed.isEmpty() ? from + " is final"
                : "allowed after " + from + ": " + allowed);
    }

    public static ProblemException invalidTransition(Event.Status from, Event.Status to, String why) {
        return new ProblemException(INVALID_TRANSITION, 409,
                "The event cannot go from " + from + " to " + to + ": " + why + ".");
    }
}
