package org.twintowns.commons.persistence;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/**
 * Reads that PostgreSQL plans afresh at every execution, for look-ups a long transaction repeats against
 * tables it is filling itself: an import's look-up of a chunk's keys.
 *
 * <p>The driver prepares a statement on the server once it has run five times on a connection, and from
 * then on PostgreSQL may run it with a generic plan, made without the values and kept for the
 * connection's life. For a look-up that an import runs once a chunk, that plan is made while the tables
 * are nearly empty and nothing has been analysed (the import's own rows are not visible to autovacuum
 * until it commits), and it stays: the twinning import's look-up of 500 partnership keys read the
 * (type, participants_key) index for the types alone and compared every partnership of the registry with
 * each of the 500 keys, 60-200 ms a chunk by the end of the Wikidata file; the Destatis import's look-up of
 * 500 AGS compared every German municipality with each (50-65 ms). Planned with the values each time, the
 * same statements read the index for both columns and take a few milliseconds, and planning them costs
 * well under one.
 *
 * <p>Only for reads inside a transaction (the connection is then the session's until it ends) that are
 * few and large: every statement made in {@code read} is planned at every execution.
 */
public final class FreshPlans {

    private FreshPlans() {
    }

    /** {@code read}'s result, its statements planned with their values at every execution. */
    public static <T> T of(EntityManager em, Supplier<T> read) {
        PGConnection connection = em.unwrap(Session.class).doReturningWork(c -> c.unwrap(PGConnection.class));
        int threshold = connection.getPrepareThreshold();
        connection.setPrepareThreshold(0);
        try {
            return read.get();
        } finally {
            connection.setPrepareThreshold(threshold);
        }
    }

    /** Runs {@code read} with its statements planned with their values at every execution. */
    public static void run(EntityManager em, Runnable read) {
        of(em, () -> {
            read.run();
            return null;
        });
    }
}
