package org.twintowns.commons.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Reads a service's change feed: the events after a position, in position order (which is commit
 * order, see {@link Outbox}), and removes what retention no longer keeps.
 */
@ApplicationScoped
public class ChangeFeed {

    /**
     * The feed's head as an SQL expression: the position of its latest event, or where retention pruned it to
     * when none is kept, or 0. For a statement that reads it beside something else, in the same snapshot.
     */
    public static final String HEAD = "coalesce((SELECT max(position) FROM change_event), "
            + "(SELECT pruned_through FROM change_feed_horizon), 0)";

    /** One page of the feed: the events (CloudEvents in the JSON format) and the position to continue after. */
    public record Batch(List<String> events, long next) {
    }

    @Inject
    Instance<DataSource> dataSources;

    /**
     * At most {@code size} events after {@code after}, of the given types (all when empty). When fewer
     * than {@code size} follow, {@code next} is the head the read saw, so that a filtered reader does not
     * scan the same events again.
     */
    public Batch after(long after, int size, Set<String> types) {
        try (Connection c = dataSources.get().getConnection()) {
            long head = head(c);
            List<String> events = new ArrayList<>();
            long last = after;
            try (PreparedStatement select = c.prepareStatement("SELECT position, event FROM change_event "
                    + "WHERE position > ? AND position <= ? AND (cardinality(?::text[]) = 0 OR type = ANY(?::text[])) "
                    + "ORDER BY position LIMIT ?")) {
                Array typeArray = c.createArrayOf("text", types.toArray());
                select.setLong(1, after);
                select.setLong(2, head);
                select.setArray(3, typeArray);
                select.setArray(4, typeArray);
                select.setInt(5, size);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong(1);
                        events.add(rs.getString(2));
                    }
                }
            }
            return new Batch(events, events.size() == size ? last : Math.max(last, head));
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The position of the newest event, or where retention stopped when none is kept. */
    public long head() {
        try (Connection c = dataSources.get().getConnection()) {
            return head(c);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The position up to which retention removed events: a reader after an earlier one has missed some. */
    public long horizon() {
        try (Connection c = dataSources.get().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT pruned_through FROM change_feed_horizon");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Removes the events written longer than {@code retention} ago and moves the horizon past them;
     * safe to run on several instances at once. Returns how many went.
     */
    public int prune(Duration retention) {
        try (Connection c = dataSources.get().getConnection();
             PreparedStatement prune = c.prepareStatement("""
                     WITH cut AS (SELECT max(position) AS through FROM change_event
                                  WHERE recorded_at < now() - make_interval(secs => ?)),
                          moved AS (UPDATE change_feed_horizon SET pruned_through = greatest(pruned_through, cut.through)
                                    FROM cut WHERE cut.through IS NOT NULL)
                     DELETE FROM change_event USING cut WHERE position <= cut.through""")) {
            prune.setDouble(1, retention.toSeconds());
            return prune.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * The head, read on {@code c}. Static, for a reader that cannot inject this bean: the exports' version
     * ({@code DatasetVersion}) is a bean of applications that exclude the feed's (webhooks, gateway).
     *
     * <p>Prepared, as every statement a service repeats (RepeatedStatementsTest): a waiting long poll reads the
     * head four times a second (ChangeSignals), and through a plain Statement the driver had PostgreSQL parse
     * and plan it every time. Prepared, the driver's cache makes it one plan per connection from its fifth run.
     */
    public static long head(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + HEAD);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The problem mappers find the driver's failure in the causes: an unavailable database is a 503. */
    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("Cannot use the change feed", e);
    }
}
