package org.twintowns.testing.sql;

import static org.junit.jupiter.api.Assertions.fail;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    private static final long SETTLED_MILLIS = 400;
    private static final long PATIENCE_MILLIS = 15_000;

    private RowsRead() {
    }

    /** The rows of {@code tables} read while {@code request} ran. */
    public static long during(Set<String> tables, Runnable request) {
        AgroalDataSource database = Arc.container().instance(AgroalDataSource.class).get();
        database.flush(AgroalDataSource.FlushMode.GRACEFUL);
        long before = settled(database, tables);
        request.run();
        database.flush(AgroalDataSource.FlushMode.GRACEFUL);
        return settled(database, tables) - before;
    }

    /** The count once it has not moved for a while: every backend has published what it read. */
    private static long settled(DataSource database, Set<String> tables) {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        long last = read(database, tables);
        long stableSince = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            sleep(100);
            long now = read(database, tables);
            if (now != last) {
                last = now;
                stableSince = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - stableSince >= SETTLED_MILLIS) {
                return now;
            }
        }
        return fail("the statistics of " + tables + " kept changing for " + PATIENCE_MILLIS + " ms: something else "
                + "reads them while the test runs");
    }

    private static long read(DataSource database, Set<String> tables) {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement(READ)) {
                // Each statement is its own transaction: a fresh snapshot of the statistics.
                String[] names = tables.toArray(String[]::new);
                statement.setArray(1, connection.createArrayOf("text", names));
                statement.setArray(2, connection.createArrayOf("text", names));
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the table statistics", e);
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
