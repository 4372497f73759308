package org.twintowns.partnerships.partnership.service;

import java.util.List;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.partnerships.partnership.InvalidTransitionException;

/** The problems specific to partnerships, and how they are built. */
public final class PartnershipProblems {

    public static final ProblemType UNKNOWN_REFERENCE = ProblemType.of("unknown-reference", "Unknown reference");
    public static final ProblemType MERGED_MUNICIPALITY = ProblemType.of("merged-municipality",
            "Municipality merged into another");
    public static final ProblemType INVALID_TRANSITION = ProblemType.of("invalid-transition",
            "Invalid lifecycle transition");
    public static final ProblemType TOO_MANY_RESULTS = ProblemType.of("too-many-results", "Too many results");

    private PartnershipProblems() {
    }

    /** 422: the request is well-formed, but names records that do not exist. */
    public static ProblemException unknownReferences(String detail, List<Problem.FieldError> errors) {
        return unprocessable(UNKNOWN_REFERENCE, detail, errors);
    }

    /** 422: the request names a municipality that no longer exists on its own. */
    public static ProblemException mergedMunicipalities(String detail, List<Problem.FieldError> errors) {
        return unprocessable(MERGED_MUNICIPALITY, detail, errors);
    }

    /** 409: the event does not fit the history as it stands. */
    public static ProblemException invalidTransition(InvalidTransitionException e) {
        return new ProblemException(INVALID_TRANSITION, 409, e.describe());
    }

    public static ProblemException tooManyResults(long matching, int limit) {
        return new ProblemException(TOO_MANY_RESULTS, 400, matching + " partnerships match, more than the "
                + limit + " a map can take. Narrow the filter, for instance by country, state, type or founding years.");
    }

    private static ProblemException unprocessable(ProblemType type, String detail, List<Problem.FieldError> errors) {
        return new ProblemException(new Problem(type.uri(), type.title(), 422, detail, null, null, List.copyOf(errors)));
    }
}
