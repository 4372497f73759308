package org.twintowns.commons.problem;

import java.util.List;

/**
 * Thrown by application code to answer a request with a specific problem. The detail is shown
 * to the client, so it must never carry internal details.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemType type, int status, String detail) {
        this(new Problem(type.uri(), type.title(), status, detail, null, null, null));
    }

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.RESOURCE_NOT_FOUND, 404, "No " + what + " with id " + id + ".");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, 409, detail);
    }

    /** A 400 validation problem for one input, for checks bean validation cannot express. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(new Problem(ProblemType.VALIDATION_FAILED.uri(), ProblemType.VALIDATION_FAILED.title(),
                400, "The request has 1 invalid field.", null, null, List.of(new Problem.FieldError(field, message))));
    }
}
