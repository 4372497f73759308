package org.twintowns.commons.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.problem.ValidationProblems;

/**
 * Collects every failing field of one input before answering, so that a client learns of all its
 * mistakes in one {@code 400 validation-failed} instead of one per attempt. Rules add to it and
 * go on; {@link #throwIfAny()} ends the pass.
 */
public final class Violations {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** Records that {@code field} (a path such as {@code otherNames[2].usedUntil}) fails with {@code message}. */
    public Violations add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
        return this;
    }

    /** Records the failure unless {@code holds}; returns whether it held, so a rule can skip what depends on it. */
    public boolean check(boolean holds, String field, String message) {
        if (!holds) {
            add(field, message);
        }
        return holds;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The failures so far, ordered by field and message as every validation problem is. */
    public List<Problem.FieldError> errors() {
        return errors.stream()
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
    }

    /** Throws one 400 problem naming every failure, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ProblemException(ValidationProblems.of(errors()));
        }
    }
}
