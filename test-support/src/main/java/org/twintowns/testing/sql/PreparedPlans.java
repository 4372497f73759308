package org.twintowns.testing.sql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/**
 * What PostgreSQL planned for the statements a piece of work ran on the current transaction's connection: for each
 * statement text, how many plans it made for the values ({@code custom_plans} in {@code pg_prepared_statements}) and
 * how many runs used the one plan it kept ({@code generic_plans}).
 *
 * <p>The work runs with the driver preparing every statement on the server from its first run instead of its fifth,
 * so that a handful of runs shows what a service's connection does after many: from its sixth prepared run on,
 * PostgreSQL either keeps one plan or goes on planning for each run's values. Call it inside a transaction (a
 * {@code @TestTransaction} test, an import's run): the connection is then the same for the work and for the
 * counts. The connection is the pool's and may have prepared statements for earlier tests: only what PostgreSQL
 * planned or ran during the work counts.
 */
public final class PreparedPlans {

    private static final String PLANS = "SELECT name, statement, custom_plans, generic_plans FROM pg_prepared_statements";
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+)");
    private static final AtomicInteger EXPLAINED = new AtomicInteger();

    private PreparedPlans() {
    }

    /** The plans PostgreSQL made for a statement's values (custom plans), and the runs of the one it kept. */
    public record Plans(long forValues, long kept) {

        /**
         * The plans of two statements of the same text prepared apart (the same read sent in two batches of
         * several, JdbcRows.Together): each has its own plans, so the most either made for its values, and the
         * runs of the plans they kept.
         */
        Plans besides(Plans other) {
            return new Plans(Math.max(forValues, other.forValues), kept + other.kept);
        }

        /** Whether PostgreSQL kept a plan: no more than its first five plans for the values, then the one kept. */
        public boolean keptOne() {
            return forValues <= 5 && kept > 0;
        }

        @Override
        public String toString() {
            return forValues + " plans for the values, " + kept + " runs of a kept plan";
        }
    }

    /**
     * Runs {@code work} and returns the plans of every statement it ran prepared on the server, over tables analysed
     * first: with the statistics autovacuum leaves sooner or later, so that whether a statement keeps a plan does not
     * depend on whether autovacuum came by before the test (events' day page passed or failed on that alone).
     */
    public static Map<String, Plans> during(EntityManager em, Runnable work) {
        em.createNativeQuery("ANALYZE").executeUpdate();
        PGConnection connection = em.unwrap(Session.class).doReturningWork(c -> c.unwrap(PGConnection.class));
        int threshold = connection.getPrepareThreshold();
        connection.setPrepareThreshold(1);
        Map<String, Prepared> before;
        Map<String, Prepared> after;
        try {
            before = plans(em);
            work.run();
            after = plans(em);
        } finally {
            connection.setPrepareThreshold(threshold);
        }
        Map<String, Plans> ran = new HashMap<>();
        after.forEach((name, prepared) -> {
            Plans earlier = before.containsKey(name) ? before.get(name).plans() : new Plans(0, 0);
            Plans plans = prepared.plans();
            Plans made = new Plans(plans.forValues() - earlier.forValues(), plans.kept() - earlier.kept());
            if (made.forValues() + made.kept() > 0) {
                ran.merge(prepared.statement(), made, Plans::besides);
            }
        });
        return ran;
    }

    /**
     * PostgreSQL's plan of {@code statement} made for the values of its parameters $1, $2, ...: 'Q1', 'Q2', ... for
     * text, a uuid that begins with {@link #MARK}, n for a number, a day of January 2001 for a time, an array of one
     * such value for an array, NULL for another type. A plan made without a value shows no trace of it. Changes the transaction's {@code plan_cache_mode}.
     */
    public static String forValues(EntityManager em, String statement) {
        return explained(em, statement, "force_custom_plan").plan();
    }

    /**
     * The one plan PostgreSQL makes of {@code statement} for any values (its generic plan, the one it keeps), as
     * {@code EXPLAIN} shows it. Changes the transaction's {@code plan_cache_mode}.
     */
    public static String kept(EntityManager em, String statement) {
        return explained(em, statement, "force_generic_plan").plan();
    }

    /**
     * Whether PostgreSQL's plan of {@code statement} for given values shows the value of an array parameter: an
     * array in the plan's sight. False for a statement without array parameters.
     */
    public static boolean showsArrayValues(EntityManager em, String statement) {
        Explained explained = explained(em, statement, "force_custom_plan");
        return explained.types().stream().anyMatch(type -> type.endsWith("[]")) && explained.plan().contains(MARK);
    }

    /** What every uuid {@link #forValues} gives a statement begins with. */
    public static final String MARK = "5e1ec7ed";

    private record Explained(String plan, List<String> types) {
    }

    private static Explained explained(EntityManager em, String statement, String mode) {
        em.createNativeQuery("SET LOCAL plan_cache_mode = " + mode).executeUpdate();
        String name = "explained_plan_" + EXPLAINED.incrementAndGet();
        // An EXPLAIN (a total estimated from the plan) cannot be prepared: what it explains can.
        em.createNativeQuery("PREPARE " + name + " AS " + statement.replaceFirst("^\\s*EXPLAIN\\s+(\\([^)]*\\)\\s*)?", ""))
                .executeUpdate();
        try {
            String declared = (String) em.createNativeQuery(
                    "SELECT CAST(parameter_types AS text) FROM pg_prepared_statements WHERE name = :name")
                    .setParameter("name", name).getSingleResult();
            List<String> types = declared.equals("{}") ? List.of()
                    : List.of(declared.substring(1, declared.length() - 1).split(","));
            String values = IntStream.range(0, types.size()).mapToObj(i -> value(types.get(i), i + 1))
                    .collect(Collectors.joining(", "));
            String plan = String.join("\n", ((List<?>) em.createNativeQuery("EXPLAIN EXECUTE " + name
                    + (values.isEmpty() ? "" : "(" + values + ")")).getResultList()).stream().map(String::valueOf)
                    .toList());
            return new Explained(plan, types);
        } finally {
            // A prepared statement outlives the transaction, on a connection of the pool.
            em.createNativeQuery("DEALLOCATE " + name).executeUpdate();
        }
    }

    /** The literal {@link #forValues} gives the {@code n}th parameter, of this type. */
    private static String value(String type, int n) {
        String type1 = type.replace("\"", "");
        boolean array = type1.endsWith("[]");
        String element = array ? type1.substring(0, type1.length() - 2) : type1;
        String one = switch (element) {
            case "uuid" -> MARK + "-0000-4000-8000-%012d".formatted(n);
            case "text", "character varying", "character", "name" -> "Q" + n;
            case "bigint", "integer", "smallint", "numeric", "double precision", "real" -> String.valueOf(n);
            case "boolean" -> "true";
            case "date", "timestamp with time zone", "timestamp without time zone" -> "2001-01-%02d".formatted(n);
            default -> null;
        };
        if (one == null) {
            return "NULL";
        }
        return array ? "'{" + one + "}'" : "'" + one + "'";
    }

    /**
     * Asserts that PostgreSQL keeps one plan for every statement of {@code ran} that ran more than five times (at
     * least {@code atLeast} of them), and that none has an array of ids in the plan's sight. Whether PostgreSQL keeps
     * a plan depends on its statistics (on a test's few rows it may keep one for an array in sight too); that an
     * array is out of its sight does not.
     */
    public static void assertKeptWithArraysUnseen(EntityManager em, Map<String, Plans> ran, int atLeast) {
        Map<String, Plans> repeated = new HashMap<>(ran);
        repeated.values().removeIf(plans -> plans.forValues() + plans.kept() < 6);
        assertTrue(repeated.size() >= atLeast, "the work ran " + atLeast + " statements prepared: " + repeated);
        repeated.forEach((statement, plans) -> assertTrue(plans.keptOne(),
                "planned anew for its values (" + plans + "): " + statement));
        for (String statement : repeated.keySet()) {
            assertFalse(showsArrayValues(em, statement), "an array in the plan's sight: " + statement);
        }
    }

    /** The number of parameters of {@code statement}: the highest $n. */
    public static int parameters(String statement) {
        return PARAMETER.matcher(statement).results().mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
    }

    /** The statements this connection has prepared on the server, with their plans so far. */
    /** A statement prepared on the server, and its plans. */
    private record Prepared(String statement, Plans plans) {
    }

    /** The session's prepared statements by name. */
    private static Map<String, Prepared> plans(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PLANS).getResultList();
        Map<String, Prepared> plans = new HashMap<>();
        // Not the work's: this very query, prepared too at the threshold of 1.
        rows.stream().filter(r -> !PLANS.equals(r[1])).forEach(r -> plans.put((String) r[0], new Prepared((String) r[1],
                new Plans(((Number) r[2]).longValue(), ((Number) r[3]).longValue()))));
        return plans;
    }
}
