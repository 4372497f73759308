package org.twintowns.commons.validation;

/**
 * The checks of a request that bean validation cannot express (one field against another, a
 * code list). Named on the request with {@link CheckedBy}, they run in the same pass as its
 * constraints, so a body with a blank name and an unknown country hears of both.
 *
 * <p>Bean validation runs them also when other fields failed, so a rule skips, rather than
 * trips over, a value that is missing or already reported.
 *
 * @param <T> the request type
 */
public interface RequestRules<T> {

    /** Adds a violation for every rule {@code request} breaks. */
    void check(T request, Violations violations);

    /** Runs the rules alone (for callers outside bean validation) and throws one problem naming every failure. */
    static <T> void enforce(RequestRules<T> rules, T request) {
        Violations violations = new Violations();
        rules.check(request, violations);
        violations.throwIfAny();
    }
}
