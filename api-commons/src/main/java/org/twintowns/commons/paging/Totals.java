package org.twintowns.commons.paging;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.twintowns.commons.persistence.JdbcRows;
import org.twintowns.commons.persistence.WhereClause;

/**
 * The total of a list, counted only as far as it is cheap. A count visits every matching row: the plain
 * public news list of a 1M-item archive is ~940,000 rows and ~320 ms, a hundred times its page. So the
 * count stops after {@code twintowns.paging.exact-count-limit} rows; a list that matches no more gets its
 * exact total, one that matches more gets PostgreSQL's planner estimate (EXPLAIN), flagged as such, and
 * kept for {@code twintowns.paging.estimate-ttl} (10 s) for the next reader of the same list.
 */
@ApplicationScoped
public class Totals {

    public static final String ESTIMATED = "Present, and true, only when totalItems (and so totalPages) is the "
            + "database's estimate rather than an exact count: a list that matches more items than a count can "
            + "afford (twintowns.paging.exact-count-limit, 1,000) answers at least that many and the planner's "
            + "estimate. Narrow the list with filters for an exact total; walk it with sort=updatedAt and the next "
            + "links to read every item.";

    /** The first plan line's row estimate: {@code Seq Scan on news_item n  (cost=0.00..1.00 rows=940000 width=0)}. */
    private static final Pattern PLAN_ROWS = Pattern.compile("rows=(\\d+)");

    @ConfigProperty(name = "twintowns.paging.exact-count-limit", defaultValue = "1000")
    long limit;

    /** How long the estimate of a large list is kept and answered again ({@link RecentEstimates}; zero: never). */
    @ConfigProperty(name = "twintowns.paging.estimate-ttl", defaultValue = "10s")
    Duration estimateTtl;

    private RecentEstimates recent;

    @PostConstruct
    void keepEstimates() {
        recent = new RecentEstimates(estimateTtl, Clock.systemUTC());
    }

    /**
     * The total of a list whose page has been read: a page that is not full ends the list, so its total
     * needs no count (a filter that matches a few items, or the last page); otherwise as
     * {@link #of(EntityManager, String, WhereClause)}.
     *
     * @param found the number of items the page read with {@code listing}'s offset and limit
     */
    public Total of(EntityManager em, String from, WhereClause where, Listing listing, int found) {
        if (found < listing.limit() && (found > 0 || listing.offset() == 0)) {
            return Total.exact((long) listing.offset() + found);
        }
        return of(em, from, where);
    }

    /**
     * The total of the rows {@code from} matches.
     *
     * @param from  native SQL after {@code SELECT ... FROM}: the tables and the condition of {@code where},
     *              such as {@code "news_item n WHERE " + where.condition()}
     * @param where the condition's parameters
     */
    public Total of(EntityManager em, String from, WhereClause where) {
        String key = from + where.parameters();
        return recent.get(key).orElseGet(() -> recent.keep(key, count(em, from, where)));
    }

    private Total count(EntityManager em, String from, WhereClause where) {
        // The limit is configuration, not input, and is written into the statement: as a parameter, once
        // PostgreSQL plans the prepared statement for all values it takes LIMIT for a tenth of the matches
        // and may pick a plan that reads every row (partnerships?state=DE-TH: 26,982 buffers instead of 836).
        // Straight from JDBC (JdbcRows), as the pages are: a filtered list's exact total is counted for every
        // request (only estimates are kept), and Hibernate's handling of the native query cost more than it.
        long counted = JdbcRows.list(em, "SELECT count(*) FROM (SELECT 1 FROM " + from + " LIMIT " + (limit + 1)
                + ") counted", where, row -> row.getLong(1)).get(0);
        if (counted <= limit) {
            return Total.exact(counted);
        }
        String plan = JdbcRows.list(em, "EXPLAIN SELECT 1 FROM " + from, where, row -> row.getString(1)).get(0);
        Matcher rows = PLAN_ROWS.matcher(plan);
        // More than the limit match for certain; the planner, working from sampled statistics, may think fewer.
        return new Total(Math.max(counted, rows.find() ? Long.parseLong(rows.group(1)) : counted), true);
    }
}
