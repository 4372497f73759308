package org.twintowns.commons.problem;

import io.vertx.core.http.HttpServerRequest;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.twintowns.commons.persistence.DatabaseFailures;

/**
 * The answers for failures of the database that are not the request's fault and not a defect: the
 * database cannot be used at the moment (503 with Retry-After, the problem type of any other
 * dependency that is down), or a write lost a race to a concurrent one (412 when the client sent
 * If-Match, else 409). Both for JAX-RS ({@link ProblemExceptionMappers}) and for failures outside
 * it ({@link HttpProblemRoutes}).
 */
final class DatabaseProblems {

    private static final Logger LOG = Logger.getLogger(DatabaseProblems.class);

    private DatabaseProblems() {
    }

    /** 503 with Retry-After when the failure comes from a database that cannot be used; else empty. */
    static Optional<ProblemException> unavailable(Throwable failure) {
        if (!DatabaseFailures.isUnavailable(failure)) {
            return Optional.empty();
        }
        // An outage fails every request for a while: one line each, without the stack trace.
        LOG.warnf("Database unavailable, answering 503: %s", rootMessage(failure));
        return Optional.of(unavailable());
    }

    /**
     * 412 (409 without If-Match) when a write lost an optimistic-locking race; 409 with Retry-After
     * when PostgreSQL rolled it back for a deadlock or a serialization failure with a concurrent
     * transaction (nothing was stored, and the same request will go through); else empty.
     */
    static Optional<ProblemException> lostRace(Throwable failure, HttpServerRequest request) {
        if (DatabaseFailures.isOptimisticLockFailure(failure)) {
            return Optional.of(changedConcurrently(request.getHeader("If-Match") != null));
        }
        if (DatabaseFailures.isCollision(failure)) {
            LOG.infof("Transaction rolled back for colliding with a concurrent one, answering 409: %s",
                    rootMessage(failure));
            return Optional.of(new ProblemException(ProblemException.conflict("The request collided with a "
                    + "concurrent one and was rolled back; nothing was stored. Repeat it.").problem(),
                    Map.of("Retry-After", "1")));
        }
        return Optional.empty();
    }

    /**
     * 400 when the database refused a value of the request it cannot store (a date beyond its range);
     * else empty. Nothing was stored: the statement failed, and its transaction with it.
     */
    static Optional<ProblemException> unstorableValue(Throwable failure) {
        if (!DatabaseFailures.isUnstorableValue(failure)) {
            return Optional.empty();
        }
        LOG.infof("Database refused a value of the request, answering 400: %s", rootMessage(failure));
        return Optional.of(new ProblemException(ProblemType.VALIDATION_FAILED, 400,
                "A value of the request is outside what can be stored (such as a date beyond the year 9999); "
                        + "nothing was stored."));
    }

    static ProblemException unavailable() {
        return new ProblemException(ProblemException.DEPENDENCY_UNAVAILABLE.problem(503,
                "This service cannot reach its database at the moment. Try again in "
                        + DatabaseFailures.RETRY_AFTER_SECONDS + " seconds; repeat a write with the same "
                        + "Idempotency-Key or If-Match, so that it is not applied twice."),
                Map.of("Retry-After", String.valueOf(DatabaseFailures.RETRY_AFTER_SECONDS)));
    }

    private static ProblemException changedConcurrently(boolean conditional) {
        String detail = "The record was changed by another request at the same time. Read it again and reapply "
                + "your change.";
        return conditional
                ? new ProblemException(ProblemType.PRECONDITION_FAILED, 412, detail)
                : ProblemException.conflict(detail);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 32; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
