package org.twintowns.events.event;

import java.util.EnumSet;
import java.util.Set;
import org.twintowns.events.event.Event.Status;

/** Which status may follow which: CANCELLED and COMPLETED are final. */
public final class StatusTransitions {

    private StatusTransitions() {
    }

    public static Set<Status> allowedAfter(Status current) {
        return switch (current) {
            case SCHEDULED -> EnumSet.of(Status.POSTPONED, Status.CANCELLED, Status.MOVED_ONLINE, Status.COMPLETED);
            case POSTPONED -> EnumSet.of(Status.SCHEDULED, Status.CANCELLED, Status.MOVED_ONLINE);
            case MOVED_ONLINE -> EnumSet.of(Status.SCHEDULED, Status.POSTPONED, Status.CANCELLED, Status.COMPLETED);
            case CANCELLED, COMPLETED -> EnumSet.noneOf(Status.class);
        };
    }

    public static boolean isFinal(Status status) {
        return allowedAfter(status).isEmpty();
    }
}
