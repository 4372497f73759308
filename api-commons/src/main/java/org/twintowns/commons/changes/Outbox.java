package org.twintowns.commons.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Records changes in the service's own database, in the transaction that makes them (a transactional
 * outbox): a committed write always leaves its events, a rolled-back one never does.
 *
 * <p>{@link #record} only collects; just before the transaction commits, its changes are written in one
 * batch under an advisory lock that is held until the commit. Positions are therefore handed out in
 * commit order: once a reader sees position N, every position below N that will ever exist is already
 * visible, so a reader that continues after N never misses one. The lock is held from the insert to the
 * commit only, a few milliseconds, and only by transactions that record changes.
 *
 * <p>A transaction holds at most {@link #HELD_AT_MOST} changes in memory: beyond that (an import of the
 * whole registry records tens of thousands) they wait in a temporary table of the transaction
 * ({@link OutboxSpill}), and go to the feed from there at the commit, in the order they were recorded.
 */
@ApplicationScoped
public class Outbox {

    /** The advisory lock that orders the feed: "tt-feed" in ASCII. */
    static final long FEED_LOCK = 0x74742d66656564L;
    /** About 2 MB of event data: the memory a transaction's changes take, however many it records. */
    public static final int HELD_AT_MOST = 1_000;

    @Inject
    Instance<DataSource> dataSources;

    @Inject
    Instance<TransactionSynchronizationRegistry> transactions;

    @Inject
    ObjectMapper json;

    @Inject
    ChangeSignals signals;

    /** Records {@code change} in the current transaction; there must be one. */
    public void record(Change change) {
        TransactionSynchronizationRegistry registry = transactions.get();
        if (registry.getTransactionKey() == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("A change is recorded in the transaction that makes it");
        }
        Pending pending = (Pending) registry.getResource(Pending.class);
        if (pending == null) {
            pending = new Pending();
            registry.putResource(Pending.class, pending);
            registry.registerInterposedSynchronization(pending);
        }
        try {
            // The data as it is now: what the change made, whatever the transaction does later to the entity.
            pending.add(new Serialized(change, json.writeValueAsBytes(change.data())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the data of a " + change.type() + " change", e);
        }
    }

    /** The number of changes the current transaction holds in memory (those spilled to its table not counted). */
    public int held() {
        TransactionSynchronizationRegistry registry = transactions.get();
        Pending pending = registry.getTransactionKey() == null ? null : (Pending) registry.getResource(Pending.class);
        return pending == null ? 0 : pending.changes.size();
    }

    record Serialized(Change change, byte[] data) {
    }

    /** The changes of one transaction, written just before it commits. */
    private final class Pending implements Synchronization {

        private final List<Serialized> changes = new ArrayList<>();
        private final OutboxSpill spill = new OutboxSpill();

        void add(Serialized change) {
            changes.add(change);
            if (changes.size() >= HELD_AT_MOST) {
                // The transaction's own connection: the table and its rows live and die with the transaction.
                try (Connection c = dataSources.get().getConnection()) {
                    spill.write(c, changes);
                    changes.clear();
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot set the transaction's changes aside", e);
                }
            }
        }

        @Override
        public void beforeCompletion() {
            try (Connection c = dataSources.get().getConnection()) {
                lock(c);
                spill.drain(c, batch -> write(c, batch));
                write(c, changes);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot record the transaction's changes; it is rolled back", e);
            }
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                signals.committed();
            }
        }
    }

    private static void lock(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, FEED_LOCK);
            lock.execute();
        }
    }

    /** Gives the changes the next positions and inserts them; the caller holds the feed lock. */
    private static void write(Connection c, List<Serialized> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        List<Long> positions = new ArrayList<>(changes.size());
        try (PreparedStatement next = c.prepareStatement(
                "SELECT nextval('change_event_position_seq') FROM generate_series(1, ?)")) {
            next.setInt(1, changes.size());
            try (ResultSet rs = next.executeQuery()) {
                while (rs.next()) {
                    positions.add(rs.getLong(1));
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO change_event "
                + "(position, id, type, subject, time, event) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < changes.size(); i++) {
                Change change = changes.get(i).change();
                UUID id = UUID.randomUUID();
                long position = positions.get(i);
                insert.setLong(1, position);
                insert.setObject(2, id);
                insert.setString(3, change.type());
                insert.setObject(4, change.subject());
                insert.setTimestamp(5, Timestamp.from(change.time().toInstant()));
                insert.setString(6, ChangeEvents.json(id, position, change, changes.get(i).data()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
