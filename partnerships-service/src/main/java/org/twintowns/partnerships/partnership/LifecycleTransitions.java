package org.twintowns.partnerships.partnership;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.twintowns.partnerships.partnership.LifecycleEvent.Kind;
import org.twintowns.partnerships.partnership.Partnership.Status;

/**
 * The state machine of a partnership's lifecycle: which kind of event may follow in which status,
 * and the status a history leads to. The status is never set by anyone; it is what the history says.
 */
public final class LifecycleTransitions {

    private static final Set<Kind> STARTS = EnumSet.of(Kind.ESTABLISHED, Kind.COUNCIL_DECISION, Kind.CHARTER_SIGNED);

    private LifecycleTransitions() {
    }

    /** The kinds of event that may come next; {@code current} is null before the first event. */
    public static Set<Kind> allowedAfter(Status current) {
        if (current == null) {
            return EnumSet.copyOf(STARTS);
        }
        return switch (current) {
            // ESTABLISHED only ever opens the history.
            case ACTIVE -> EnumSet.of(Kind.COUNCIL_DECISION, Kind.CHARTER_SIGNED, Kind.SUSPENDED, Kind.ENDED);
            case SUSPENDED -> EnumSet.of(Kind.REACTIVATED, Kind.ENDED);
            case ENDED -> EnumSet.of(Kind.REACTIVATED);
        };
    }

    /** The status after {@code kind} happens in status {@code current}, or an exception if it may not. */
    public static Status next(Status current, Kind kind) {
        if (!allowedAfter(current).contains(kind)) {
            throw new InvalidTransitionException(current, kind, allowedAfter(current));
        }
        return switch (kind) {
            case ESTABLISHED, COUNCIL_DECISION, CHARTER_SIGNED, REACTIVATED -> Status.ACTIVE;
            case SUSPENDED -> Status.SUSPENDED;
            case ENDED -> Status.ENDED;
        };
    }

    /** Replays a whole history from its first event; null for an empty history. */
    public static Status replay(List<Kind> history) {
        Status status = null;
        for (Kind kind : history) {
            status = next(status, kind);
        }
        return status;
    }

    /** Only these kinds need a reason: a suspension or an end should say why. */
    public static boolean requiresReason(Kind kind) {
        return kind == Kind.SUSPENDED || kind == Kind.ENDED;
    }
}
