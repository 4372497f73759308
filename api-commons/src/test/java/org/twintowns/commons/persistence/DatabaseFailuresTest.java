package org.twintowns.commons.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** What counts as the database being unavailable, or as a lost optimistic-locking race, however wrapped. */
class DatabaseFailuresTest {

    @Test
    void shouldRecogniseEveryConnectionExceptionState() {
        for (String state : new String[] {"08000", "08001", "08003", "08004", "08006", "08P01"}) {
            assertTrue(DatabaseFailures.isUnavailable(new SQLException("x", state)), state);
        }
    }

    @Test
    void shouldRecogniseServerStatesThatRefuseWorkForAWhile() {
        for (String state : new String[] {"53300", "57P01", "57P02", "57P03"}) {
            assertTrue(DatabaseFailures.isUnavailable(new RuntimeException(new PersistenceException(
                    new SQLException("x", state)))), state);
        }
    }

    @Test
    void shouldFollowNextExceptionsAndSuppressedOnes() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "08006");
        SQLException first = new SQLException("batch failed");
        first.setNextException(batch);
        assertTrue(DatabaseFailures.isUnavailable(new PersistenceException(first)));
        RuntimeException commit = new RuntimeException("could not commit");
        commit.addSuppressed(new SQLException("I/O error", "08006"));
        assertTrue(DatabaseFailures.isUnavailable(commit));
    }

    @Test
    void shouldRecogniseThePoolsAcquisitionTimeout() {
        assertTrue(DatabaseFailures.isUnavailable(new PersistenceException(
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException()))));
    }

    @Test
    void shouldNotMistakeOtherFailuresForAnOutage() {
        assertFalse(DatabaseFailures.isUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseFailures.isUnavailable(new SQLException("no state")));
        assertFalse(DatabaseFailures.isUnavailable(new IllegalStateException("boom")));
        assertFalse(DatabaseFailures.isUnavailable(null));
    }

    @Test
    void shouldRecogniseAValueTheDatabaseCannotStore() {
        // "timestamp out of range" for a date in the year 999999999, however deep Hibernate wraps it.
        assertTrue(DatabaseFailures.isUnstorableValue(new PersistenceException(new RuntimeException(
                new SQLException("timestamp out of range", "22008")))));
        assertTrue(DatabaseFailures.isUnstorableValue(new SQLException("value out of range", "22003")));
        assertFalse(DatabaseFailures.isUnstorableValue(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseFailures.isUnstorableValue(new SQLException("connection lost", "08006")));
        assertFalse(DatabaseFailures.isUnavailable(new SQLException("timestamp out of range", "22008")));
    }

    @Test
    void shouldRecogniseACollisionWithAConcurrentTransaction() {
        assertTrue(DatabaseFailures.isCollision(new PersistenceException(new SQLException("deadlock detected", "40P01"))));
        assertTrue(DatabaseFailures.isCollision(new SQLException("could not serialize access", "40001")));
        assertFalse(DatabaseFailures.isCollision(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseFailures.isUnavailable(new SQLException("deadlock detected", "40P01")));
    }

    @Test
    void shouldSurviveACauseCycle() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseFailures.isUnavailable(a));
    }

    @Test
    void shouldRecogniseAnOptimisticLockFailureAlsoWhenWrapped() {
        assertTrue(DatabaseFailures.isOptimisticLockFailure(new OptimisticLockException("stale")));
        assertTrue(DatabaseFailures.isOptimisticLockFailure(new IllegalStateException(
                new OptimisticLockException("stale"))));
        assertFalse(DatabaseFailures.isOptimisticLockFailure(new PersistenceException("other")));
    }
}
