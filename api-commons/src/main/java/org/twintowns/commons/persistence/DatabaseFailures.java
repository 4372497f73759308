package org.twintowns.commons.persistence;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Recognises, anywhere in a failure's causes, that the database could not be used at all (the
 * request deserves 503 and a retry, not 500), and that a write lost an optimistic-locking race.
 * Hibernate, Agroal, Narayana and our own code wrap the JDBC failure in different ways: Hibernate's
 * {@code JDBCConnectionException} or {@code GenericJDBCException}, a transaction's
 * {@code RollbackException} (cause or suppressed), an {@code IllegalStateException}; what they all
 * keep is the driver's {@link SQLException} and its SQLSTATE.
 */
public final class DatabaseFailures {

    /**
     * Seconds a client should wait before retrying while the database is unavailable: a restart or
     * fail-over of PostgreSQL takes a few seconds, and the pool reconnects at the next request.
     */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** SQLSTATE class 08, connection exception: refused, broken, or lost while in use. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /**
     * Server states that refuse work for a while: too_many_connections, admin_shutdown,
     * crash_shutdown, cannot_connect_now (starting up or in recovery).
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("53300", "57P01", "57P02", "57P03");
    /**
     * SQLSTATE class 22, data exception: a value the database cannot hold (a date past year 294276,
     * a number out of range, a character its encoding lacks). The request's fault, whatever path the
     * value took past the checks at the edge.
     */
    private static final String DATA_EXCEPTION_CLASS = "22";
    /**
     * SQLSTATE class 40, transaction rollback: a deadlock (40P01) or a serialization failure (40001)
     * between concurrent transactions. PostgreSQL rolled one back; repeating it is safe and will
     * almost always succeed.
     */
    private static final String TRANSACTION_ROLLBACK_CLASS = "40";
    /** How deep the causes are followed; real chains are a handful of levels. */
    private static final int MAX_DEPTH = 32;

    private DatabaseFailures() {
    }

    /** True when the failure comes from a database that cannot be reached or refuses connections. */
    public static boolean isUnavailable(Throwable failure) {
        return find(failure, DatabaseFailures::unavailable).isPresent();
    }

    /** True when the database rolled the transaction back for colliding with a concurrent one (SQLSTATE class 40). */
    public static boolean isCollision(Throwable failure) {
        return find(failure, t -> t instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith(TRANSACTION_ROLLBACK_CLASS)).isPresent();
    }

    /** True when the database refused a value of the request as one it cannot store (SQLSTATE class 22). */
    public static boolean isUnstorableValue(Throwable failure) {
        return find(failure, t -> t instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith(DATA_EXCEPTION_CLASS)).isPresent();
    }

    /**
     * True when a write found its row changed by a concurrent transaction: Hibernate's version check,
     * surfaced as JPA's {@code OptimisticLockException}. Matched by name, because the gateway shares
     * this code and has no JPA on its class path.
     */
    public static boolean isOptimisticLockFailure(Throwable failure) {
        return find(failure, t -> {
            for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
                if (type.getName().equals("jakarta.persistence.OptimisticLockException")) {
                    return true;
                }
            }
            return false;
        }).isPresent();
    }

    private static boolean unavailable(Throwable t) {
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || UNAVAILABLE_STATES.contains(state))) {
                return true;
            }
            // Agroal's acquisition timeout ("Acquisition timeout while waiting for new connection") has no
            // SQLSTATE; it carries the TimeoutException of the wait for a free connection.
            return state == null && sql.getCause() instanceof TimeoutException;
        }
        return false;
    }

    /** The first throwable among the causes and suppressed exceptions of the failure that matches. */
    private static Optional<Throwable> find(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty() && seen.size() < MAX_DEPTH) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return Optional.of(t);
            }
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                pending.add(sql.getNextException());
            }
            Collections.addAll(pending, t.getSuppressed());
        }
        return Optional.empty();
    }
}
