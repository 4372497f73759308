package org.twintowns.commons.persistence;

import java.sql.SQLException;

/**
 * Recognises a write that lost a race for a unique key: the check before the insert passed, but
 * a concurrent transaction committed the same key first. Services turn that into 409, not 500.
 */
public final class UniqueViolations {

    /** SQLSTATE unique_violation (PostgreSQL, and the SQL standard's class 23). */
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {
    }

    /** True when a unique constraint rejected the write somewhere down the cause chain. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
