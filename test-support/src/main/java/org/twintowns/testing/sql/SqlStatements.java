package org.twintowns.testing.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * How many SQL statements Hibernate prepares for one request to the service a {@code @QuarkusTest} runs,
 * read from its ORM statistics ({@code %test.quarkus.hibernate-orm.statistics=true}; never in prod).
 */
public final class SqlStatements {

    /**
     * The statistics count every statement of the application, also those of background work (the change
     * signals' poller, schedulers) that runs during the request; the fewest of several tries is the
     * request's own count, as long as one try ran without such work, which at a poll every 250 ms and a
     * request of a few milliseconds is all but certain.
     */
    private static final int TRIES = 6;

    private SqlStatements() {
    }

    /** The fewest statements prepared while {@code request} ran, over several tries. */
    public static long fewest(Runnable request) {
        Statistics statistics = Arc.container().instance(SessionFactory.class).get().getStatistics();
        assertTrue(statistics.isStatisticsEnabled(),
                "Hibernate statistics are off: set %test.quarkus.hibernate-orm.statistics=true");
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < TRIES; i++) {
            long before = statistics.getPrepareStatementCount();
            request.run();
            fewest = Math.min(fewest, statistics.getPrepareStatementCount() - before);
        }
        return fewest;
    }

    /**
     * Asserts that a read of one item and a read of several take the same statements, at most {@code max}:
     * whatever it shows of an item is read for all items at once, never item by item (N+1).
     *
     * @param read    what is read, for the messages
     * @param one     reads one item (and asserts so)
     * @param several reads three or more (and asserts so)
     */
    public static void assertSameFew(String read, int max, Runnable one, Runnable several) {
        long forOne = fewest(one);
        long forSeveral = fewest(several);
        System.out.printf("SQL statements of %s: %d for 1 item, %d for several%n", read, forOne, forSeveral);
        assertEquals(forOne, forSeveral, read + " takes " + forSeveral + " statements for several items and "
                + forOne + " for one: it reads something per item (N+1)");
        assertTrue(forSeveral <= max, read + " takes " + forSeveral + " statements, more than " + max);
    }
}
