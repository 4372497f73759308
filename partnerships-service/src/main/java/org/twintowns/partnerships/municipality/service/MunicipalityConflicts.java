package org.twintowns.partnerships.municipality.service;

import java.util.Map;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import org.twintowns.commons.problem.ProblemException;

/**
 * Turns a unique violation on a municipality into the conflict it really is, by the name of the
 * constraint that fired, so that no other unique index (such as that of the other names) is ever
 * reported as a taken slug.
 */
final class MunicipalityConflicts {

    /** The unique constraints of V1/V2__municipality*.sql that a concurrent write can win, and what each guards. */
    private static final Map<String, String> GUARDED = Map.of(
            "municipality_slug_unique", "slug",
            "municipality_wikidata_unique", "Wikidata id",
            "municipality_official_code_unique", "official code");

    private MunicipalityConflicts() {
    }

    /** The 409 for a lost race on a slug, Wikidata id or official code; empty for any other failure. */
    static Optional<ProblemException> of(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                String guarded = GUARDED.get(violation.getConstraintName().toLowerCase());
                if (guarded != null) {
                    return Optional.of(ProblemException.conflict("A municipality with this " + guarded
                            + " already exists."));
                }
            }
        }
        return Optional.empty();
    }
}
