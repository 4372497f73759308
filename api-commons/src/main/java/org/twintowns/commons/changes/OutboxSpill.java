package org.twintowns.commons.changes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Where a transaction's changes wait when there are more than the {@link Outbox} holds in memory: a
 * temporary table of the transaction ({@code ON COMMIT DROP}, gone with a rollback too), read back in
 * recording order at the commit, a batch at a time.
 */
final class OutboxSpill {

    private static final int READ_BATCH = 500;

    private long written;

    /** Appends the changes, in order, to the transaction's table; creates it the first time. */
    void write(Connection c, List<Outbox.Serialized> changes) throws SQLException {
        if (written == 0) {
            try (PreparedStatement create = c.prepareStatement("CREATE TEMPORARY TABLE outbox_spill ("
                    + "seq BIGINT PRIMARY KEY, type TEXT NOT NULL, source TEXT NOT NULL, subject UUID NOT NULL, "
                    + "time TIMESTAMPTZ NOT NULL, municipalities TEXT NOT NULL, countries TEXT NOT NULL, "
                    + "data BYTEA NOT NULL) ON COMMIT DROP")) {
                create.execute();
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO outbox_spill "
                + "(seq, type, source, subject, time, municipalities, countries, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Outbox.Serialized serialized : changes) {
                Change change = serialized.change();
                insert.setLong(1, ++written);
                insert.setString(2, change.type());
                insert.setString(3, change.source());
                insert.setObject(4, change.subject());
                insert.setTimestamp(5, Timestamp.from(change.time().toInstant()));
                insert.setString(6, change.municipalitiesAttribute());
                insert.setString(7, change.countriesAttribute());
                insert.setBytes(8, serialized.data());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** What the batches of the table must go to, in order. */
    @FunctionalInterface
    interface Sink {
        void accept(List<Outbox.Serialized> batch) throws SQLException;
    }

    /** Hands the set-aside changes to {@code sink} in recording order, {@value #READ_BATCH} at a time. */
    void drain(Connection c, Sink sink) throws SQLException {
        if (written == 0) {
            return;
        }
        try (PreparedStatement read = c.prepareStatement("SELECT seq, type, source, subject, time, municipalities, "
                + "countries, data FROM outbox_spill WHERE seq > ? ORDER BY seq LIMIT " + READ_BATCH)) {
            long after = 0;
            while (after < written) {
                read.setLong(1, after);
                List<Outbox.Serialized> batch = new ArrayList<>(READ_BATCH);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        byte[] data = rs.getBytes(8);
                        // data stands in for the object it was written from: only its bytes are used from here on.
                        Change change = new Change(rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
                                rs.getTimestamp(5).toInstant().atOffset(ZoneOffset.UTC), data,
                                words(rs.getString(6)).stream().map(UUID::fromString).collect(Collectors.toSet()),
                                words(rs.getString(7)));
                        batch.add(new Outbox.Serialized(change, data));
                    }
                }
                if (batch.isEmpty()) {
                    throw new SQLException("the transaction's set-aside changes end at " + after + " of " + written);
                }
                sink.accept(batch);
            }
        }
    }

    private static Set<String> words(String attribute) {
        return attribute.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(attribute.split(" ")));
    }
}
