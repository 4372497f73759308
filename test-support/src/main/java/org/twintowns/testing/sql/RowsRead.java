package org.twintowns.testing.sql;

import static org.junit.jupiter.api.Assertions.fail;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * How many rows PostgreSQL read from some tables while a request to the service a {@code @QuarkusTest} runs
 * was served: rows returned by sequential scans of the tables and entries returned by scans of their indexes,
 * from the cumulative statistics ({@code pg_stat_user_tables}, {@code pg_stat_user_indexes}). A query that
 * sorts or counts a whole table reads all its rows; one that walks an index in the page's order reads the
 * page. Unlike a statement count, this sees what each statement costs the database.
 *
 * <p>A backend publishes its counts when it goes idle, but at most once a second, and otherwise only after ten
 * seconds of idleness; it always publishes them when it ends. So after the request the service's pool closes
 * its connections (idle ones at once, the others when returned: their backends end, publishing what they
 * read), and the reading waits until the counts have stopped moving.
 */
public final class RowsRead {

    private static final String READ = """
            SELECT coalesce((SELECT sum(seq_tup_read) FROM pg_stat_user_tables WHERE relname = ANY (?)), 0)
                 + coalesce((SELECT sum(idx_tup_read) FROM pg_stat_user_indexes WHERE relname = ANY (?)), 0)""";
    /** The scans of each trigram index ({@code gin_trgm_ops}) of the service's tables. */
    private static final String TRIGRAM_SCANS = """
            SELECT s.indexrelname, s.idx_scan FROM pg_stat_user_indexes s
             WHERE pg_get_indexdef(s.indexrelid) LIKE '%gin_trgm_ops%'""";
    private static final long SETTLED_MILLIS = 400;
    private static final long PATIENCE_MILLIS = 15_000;

    private RowsRead() {
    }

    /** A reading of the statistics: each figure by name. */
    @FunctionalInterface
    private interface Reader {
        Map<String, Long> read(Connection connection) throws SQLException;
    }

    /** The rows of {@code tables} read while {@code request} ran. */
    public static long during(Set<String> tables, Runnable request) {
        Reader rows = connection -> {
            try (PreparedStatement statement = connection.prepareStatement(READ)) {
                String[] names = tables.toArray(String[]::new);
                statement.setArray(1, connection.createArrayOf("text", names));
                statement.setArray(2, connection.createArrayOf("text", names));
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return Map.of("rows", row.getLong(1));
                }
            }
        };
        return change(rows, "the statistics of " + tables, request).get("rows");
    }

    /**
     * The trigram indexes ({@code gin_trgm_ops}) that {@code work} scanned, each with its number of scans. Such
     * an index is built for searching within names: an equality it answers walks the entries of every trigram
     * of every value looked up, where a B-tree reads one entry per value.
     */
    public static Map<String, Long> trigramScansDuring(Runnable work) {
        Reader scans = connection -> {
            Map<String, Long> byIndex = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(TRIGRAM_SCANS);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byIndex.put(rows.getString(1), rows.getLong(2));
                }
            }
            return byIndex;
        };
        Map<String, Long> scanned = new LinkedHashMap<>(change(scans, "the trigram indexes' statistics", work));
        scanned.values().removeIf(count -> count == 0);
        return scanned;
    }

    /**
     * How much each figure of the settled reading moved while {@code work} ran; the service's pool is emptied
     * around it, so that every backend that did the work has ended and published its counts.
     */
    private static Map<String, Long> change(Reader reader, String what, Runnable work) {
        AgroalDataSource database = Arc.container().instance(AgroalDataSource.class).get();
        database.flush(AgroalDataSource.FlushMode.GRACEFUL);
        Map<String, Long> before = settled(database, reader, what);
        work.run();
        database.flush(AgroalDataSource.FlushMode.GRACEFUL);
        Map<String, Long> change = new LinkedHashMap<>();
        settled(database, reader, what).forEach((name, after) -> change.put(name, after - before.getOrDefault(name, 0L)));
        return change;
    }

    /** The reading once it has not moved for a while: every backend has published what it did. */
    private static Map<String, Long> settled(DataSource database, Reader reader, String what) {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        Map<String, Long> last = read(database, reader);
        long stableSince = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            sleep(100);
            Map<String, Long> now = read(database, reader);
            if (!now.equals(last)) {
                last = now;
                stableSince = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - stableSince >= SETTLED_MILLIS) {
                return now;
            }
        }
        return fail(what + " kept changing for " + PATIENCE_MILLIS + " ms: something else reads them while the "
                + "test runs");
    }

    private static Map<String, Long> read(DataSource database, Reader reader) {
        try (Connection connection = database.getConnection()) {
            // Each statement is its own transaction: a fresh snapshot of the statistics.
            connection.setAutoCommit(true);
            return reader.read(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the statistics", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
