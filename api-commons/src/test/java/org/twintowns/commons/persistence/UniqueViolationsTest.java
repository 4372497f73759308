package org.twintowns.commons.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UniqueViolationsTest {

    @Test
    void shouldFindUniqueViolationDownTheCauseChain() {
        var wrapped = new RuntimeException("flush failed",
                new IllegalStateException("statement failed", new SQLException("duplicate key", "23505")));
        assertTrue(UniqueViolations.isUniqueViolation(wrapped));
    }

    @Test
    void shouldNotMistakeOtherConstraintViolationsForConflicts() {
        assertFalse(UniqueViolations.isUniqueViolation(new SQLException("check violated", "23514")));
        assertFalse(UniqueViolations.isUniqueViolation(new RuntimeException("no cause")));
    }
}
