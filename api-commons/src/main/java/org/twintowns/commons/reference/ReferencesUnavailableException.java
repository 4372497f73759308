package org.twintowns.commons.reference;

import java.util.Map;
import org.twintowns.commons.problem.ProblemException;

/**
 * The service that owns referenced records gave no usable answer (no connection, no answer in time,
 * an error status, a body that is not its API's, or its circuit is open), so no reference can be
 * checked: the write is refused with the dependency-unavailable problem, 503 and Retry-After, which
 * {@link org.twintowns.commons.problem.ProblemExceptionMappers} answers like every other problem.
 */
public class ReferencesUnavailableException extends ProblemException {

    /** How long a client waits before it tries the write again: well beyond the circuit breaker's delay. */
    public static final int RETRY_AFTER_SECONDS = 30;

    public ReferencesUnavailableException(String owner) {
        super(DEPENDENCY_UNAVAILABLE.problem(503, "The " + owner
                        + " service cannot be reached to check the references; nothing was written. Try again later."),
                Map.of("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)));
    }
}
