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
 */
@ApplicationScoped
public class Outbox {

    /** The advisory lock that orders the feed: "tt-feed" in ASCII. */
    static final long FEED_LOCK = 0x74742d66656564L;

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
            pending.changes.add(new Serialized(change, json.writeValueAsBytes(change.data())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the data of a " + change.type() + " change", e);
        }
    }

    private record Serialized(Change change, byte[] data) {
    }

    /** The changes of one transaction, written just before it commits. */
    private final class Pending implements Synchronization {

        private final List<Serialized> changes = new ArrayList<>();

        @Override
        public void beforeCompletion() {
            try (Connection c = dataSources.get().getConnection()) {
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

    private static void write(Connection c, List<Serialized> changes) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, FEED_LOCK);
            lock.execute();
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
