package org.twintowns.commons.paging;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.twintowns.commons.changes.ChangeFeed;
import org.twintowns.commons.persistence.JdbcRows;
import org.twintowns.commons.persistence.WhereClause;

/**
 * The total of a list, counted only as far as it is cheap. A count visits every matching row: the plain
 * public news list of a 1M-item archive is ~940,000 rows and ~320 ms, a hundred times its page. So the
 * count stops after {@code twintowns.paging.exact-count-limit} rows; a list that matches no more gets its
 * exact total, one that matches more gets PostgreSQL's planner estimate (EXPLAIN), flagged as such, and
 * kept for {@code twintowns.paging.estimate-ttl} (10 s) for the next reader of the same list.
 *
 * <p>The exact total of a list whose every change the service's change feed records ({@link #followed}) is kept
 * too, with the head of the feed it was counted at ({@link CountedTotals}): the next reader of the same list
 * reads the head, one index lookup, and counts only if something has changed since. Not a list whose condition
 * reads the clock ({@link #readsTheClock}, {@link WhereClause#asOfNow}): what it matches changes with time, not
 * with a change.
 */
@ApplicationScoped
public class Totals {

    public static final String ESTIMATED = "Present, and true, only when totalItems (and so totalPages) is the "
            + "database's estimate rather than an exact count: a list that matches more items than a count can "
            + "afford (twintowns.paging.exact-count-limit, 1,000) answers at least that many and the planner's "
            + "estimate. Narrow the list with filters for an exact total; walk it with sort=updatedAt and the next "
            + "links to read every item.";

    /** The label of {@link #HEAD_COLUMN}. */
    private static final String HEAD_LABEL = "feed_head";

    /**
     * The head of the change feed as a column of a page's statement that confirms a {@link #kept} total, read back
     * from a row by {@link #headIn}: its subqueries are uncorrelated, and PostgreSQL computes them once per statement.
     */
    public static final String HEAD_COLUMN = ChangeFeed.HEAD + " AS " + HEAD_LABEL;

    /** The first plan line's row estimate: {@code Seq Scan on news_item n  (cost=0.00..1.00 rows=940000 width=0)}. */
    private static final Pattern PLAN_ROWS = Pattern.compile("rows=(\\d+)");

    @ConfigProperty(name = "twintowns.paging.exact-count-limit", defaultValue = "1000")
    long limit;

    /** How long the estimate of a large list is kept and answered again ({@link RecentEstimates}; zero: never). */
    @ConfigProperty(name = "twintowns.paging.estimate-ttl", defaultValue = "10s")
    Duration estimateTtl;

    /** How long an exact total is kept at most, while the change feed's head stands still (zero: never). */
    @ConfigProperty(name = "twintowns.paging.total-ttl", defaultValue = "60s")
    Duration totalTtl;

    /** SQL's functions of the moment of reading. */
    private static final Pattern CLOCK = Pattern.compile(
            "\\b(now\\s*\\(|current_(timestamp|date|time)\\b|localtime(stamp)?\\b|clock_timestamp|statement_timestamp"
                    + "|transaction_timestamp)", Pattern.CASE_INSENSITIVE);

    private RecentEstimates recent;
    private CountedTotals counted;

    @PostConstruct
    void keepEstimates() {
        recent = new RecentEstimates(estimateTtl, Clock.systemUTC());
        counted = new CountedTotals(totalTtl, Clock.systemUTC());
    }

    /**
     * The total of a list whose page has been read: a page that is not full ends the list, so its total
     * needs no count (a filter that matches a few items, or the last page); otherwise as
     * {@link #of(EntityManager, String, WhereClause)}.
     *
     * @param found the number of items the page read with {@code listing}'s offset and limit
     */
    public Total of(EntityManager em, String from, WhereClause where, Listing listing, int found) {
        return ended(listing, found).orElseGet(() -> of(em, from, where));
    }

    /**
     * The total of the rows {@code from} matches.
     *
     * @param from  native SQL after {@code SELECT ... FROM}: the tables and the condition of {@code where},
     *              such as {@code "news_item n WHERE " + where.condition()}
     * @param where the condition's parameters
     */
    public Total of(EntityManager em, String from, WhereClause where) {
        String key = key(from, where);
        return recent.get(key).orElseGet(() -> recent.keep(key, count(em, from, where)));
    }

    /**
     * As {@link #of(EntityManager, String, WhereClause, Listing, int)}, for a list whose every change the service's
     * change feed records: the rows it counts and every row its condition reads are written only by writes that
     * record a change. Its exact total is kept while the feed's head stands still.
     */
    public Total followed(EntityManager em, String from, WhereClause where, Listing listing, int found) {
        return ended(listing, found).orElseGet(() -> followed(em, from, where));
    }

    /** As {@link #of(EntityManager, String, WhereClause)}, for a list whose every change the feed records. */
    public Total followed(EntityManager em, String from, WhereClause where) {
        if (!keeps(from, where)) {
            return of(em, from, where);
        }
        String key = key(from, where);
        Optional<Total> estimate = recent.get(key);
        if (estimate.isPresent()) {
            return estimate.get();
        }
        // The head alone only when a total is kept to check it against: a list not read since its last change
        // (or never) is counted with the head in one statement, as a list not followed is counted.
        if (counted.knows(key)) {
            long head = JdbcRows.list(em, "SELECT " + ChangeFeed.HEAD, Map.of(), row -> row.getLong(1)).get(0);
            Optional<Total> kept = counted.get(key, head);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        long[] headAndCount = JdbcRows.list(em, "SELECT " + ChangeFeed.HEAD + ", " + countOf(from), where,
                row -> new long[] {row.getLong(1), row.getLong(2)}).get(0);
        return recent.keep(key, counted.keep(key, headAndCount[0], total(em, from, where, headAndCount[1])));
    }

    /**
     * The exact total kept for a followed list ({@link #followed}) and the head of the change feed it was counted
     * at, for a page whose own statement reads the head ({@link #HEAD_COLUMN}) and then confirms the total with it
     * ({@link Kept#at}): one statement fewer per page than {@link #followed}, which reads the head by itself, and
     * a total that holds in the page's own snapshot. Empty when no total is kept for the list (never counted, an
     * estimate, counted too long ago), or when none is kept for such a list ({@link #followed}).
     */
    public Optional<Kept> kept(String from, WhereClause where) {
        if (!keeps(from, where)) {
            return Optional.empty();
        }
        return counted.kept(key(from, where));
    }

    /** The head of the change feed a row of a statement with {@link #HEAD_COLUMN} read. */
    public static long headIn(ResultSet row) throws SQLException {
        return row.getLong(HEAD_LABEL);
    }

    /** A total {@link #kept} for a list, and the head of the change feed it was counted at. */
    public record Kept(long head, Total total) {

        /**
         * The total, if {@code head}, read by the page after it was kept, is still the head it was counted at; empty
         * too when the page read none (null: it had no row to read it on).
         */
        public Optional<Total> at(Long head) {
            return head != null && head == this.head ? Optional.of(total) : Optional.empty();
        }
    }

    /** Whether the exact totals of this followed list are kept ({@link #followed}). */
    private boolean keeps(String from, WhereClause where) {
        return !counted.isOff() && !where.isAsOfNow() && !readsTheClock(from);
    }

    /**
     * What a total is kept under: the statement and its values, an array's by its elements (a list of ids travels
     * as one array, {@code = ANY(:ids)}, and an array's own text is its identity, never found again).
     */
    static String key(String from, WhereClause where) {
        StringBuilder key = new StringBuilder(from);
        where.parameters().forEach((name, value) -> key.append(' ').append(name).append('=')
                .append(value instanceof Object[] values ? Arrays.deepToString(values) : String.valueOf(value)));
        return key.toString();
    }

    private static Optional<Total> ended(Listing listing, int found) {
        if (found < listing.limit() && (found > 0 || listing.offset() == 0)) {
            return Optional.of(Total.exact((long) listing.offset() + found));
        }
        return Optional.empty();
    }

    /** Whether the condition calls one of SQL's functions of the current moment ({@code now()}). */
    static boolean readsTheClock(String sql) {
        return CLOCK.matcher(sql).find();
    }

    private Total count(EntityManager em, String from, WhereClause where) {
        return total(em, from, where, JdbcRows.list(em, "SELECT " + countOf(from), where, row -> row.getLong(1)).get(0));
    }

    /**
     * The count of at most the limit and one more rows of {@code from}, as an expression. The limit is
     * configuration, not input, and is written into the statement: as a parameter, once PostgreSQL plans the
     * prepared statement for all values it takes LIMIT for a tenth of the matches and may pick a plan that reads
     * every row (partnerships?state=DE-TH: 26,982 buffers instead of 836). Straight from JDBC (JdbcRows), as the
     * pages are: Hibernate's handling of the native query cost more than it.
     */
    private String countOf(String from) {
        return "(SELECT count(*) FROM (SELECT 1 FROM " + from + " LIMIT " + (limit + 1) + ") counted)";
    }

    /** The total of {@code counted} rows counted up to the limit: exact, or beyond it the planner's estimate. */
    private Total total(EntityManager em, String from, WhereClause where, long counted) {
        if (counted <= limit) {
            return Total.exact(counted);
        }
        String plan = JdbcRows.list(em, "EXPLAIN SELECT 1 FROM " + from, where, row -> row.getString(1)).get(0);
        Matcher rows = PLAN_ROWS.matcher(plan);
        // More than the limit match for certain; the planner, working from sampled statistics, may think fewer.
        return new Total(Math.max(counted, rows.find() ? Long.parseLong(rows.group(1)) : counted), true);
    }
}
