package org.twintowns.partnerships.partnership;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.twintowns.partnerships.partnership.LifecycleEvent.Kind;
import org.twintowns.partnerships.partnership.Partnership.Status;

/**
 * A lifecycle event that the history does not allow: a kind that may not follow the current
 * status, or a date before the latest recorded event. The service decides what the client sees.
 */
public class InvalidTransitionException extends RuntimeException {

    private final transient Status current;
    private final transient Kind attempted;
    private final transient Set<Kind> allowed;
    private final transient LocalDate latest;

    /** {@code kind} may not follow {@code current} (null: no history yet). */
    public InvalidTransitionException(Status current, Kind attempted, Set<Kind> allowed) {
        super(null, null, false, false);
        this.current = current;
        this.attempted = attempted;
        this.allowed = Set.copyOf(allowed);
        this.latest = null;
    }

    /** The event would be dated before {@code latest}, the date of the last recorded one. */
    public InvalidTransitionException(Status current, Kind attempted, LocalDate latest) {
        super(null, null, false, false);
        this.current = current;
        this.attempted = attempted;
        this.allowed = Set.of();
        this.latest = latest;
    }

    /** True when the date was the problem rather than the kind. */
    public boolean isBeforeLatest() {
        return latest != null;
    }

    /** A sentence for the client, naming the current status and what may come next. */
    public String describe() {
        if (isBeforeLatest()) {
            return "The latest recorded lifecycle event is dated " + latest + "; a " + attempted
                    + " event cannot be recorded before it.";
        }
        String allowedKinds = allowed.stream().sorted().map(Kind::name).collect(Collectors.joining(", "));
        String state = current == null ? "A partnership without any history" : "A partnership that is " + current;
        return state + " cannot record " + attempted + "; allowed next: " + allowedKinds + ".";
    }

    @Override
    public String getMessage() {
        return describe();
    }
}
