package org.twintowns.commons.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown by application code to answer a request with a specific problem. The detail is shown
 * to the client, so it must never carry internal details.
 */
public class ProblemException extends RuntimeException {

    /** A referenced record (a municipality, partnership or event of another service) does not exist. */
    public static final ProblemType UNKNOWN_REFERENCE = ProblemType.of("unknown-reference", "Unknown reference");
    /** A service this request depends on cannot be reached; retry after the given time. */
    public static final ProblemType DEPENDENCY_UNAVAILABLE = ProblemType.of("dependency-unavailable",
            "Dependency unavailable");

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(ProblemType type, int status, String detail) {
        this(new Problem(type.uri(), type.title(), status, detail, null, null, null));
    }

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public Problem problem() {
        return problem;
    }

    /** Headers that belong to the problem, such as Retry-After on 503. */
    public Map<String, String> headers() {
        return headers;
    }

    /** 422 naming each reference that does not exist, such as {@code participants[1].municipalityId}. */
    public static ProblemException unknownReferences(List<Problem.FieldError> unknown) {
        String detail = unknown.size() == 1
                ? "1 referenced record does not exist."
                : unknown.size() + " referenced records do not exist.";
        return new ProblemException(new Problem(UNKNOWN_REFERENCE.uri(), UNKNOWN_REFERENCE.title(), 422, detail,
                null, null, List.copyOf(unknown)));
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
