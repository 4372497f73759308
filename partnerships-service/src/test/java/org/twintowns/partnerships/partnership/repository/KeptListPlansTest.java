package org.twintowns.partnerships.partnership.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.panache.common.Sort;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.twintowns.commons.paging.Listing;
import org.twintowns.commons.paging.Listings;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.repository.MunicipalityRepository;
import org.twintowns.partnerships.municipality.repository.MunicipalityRepository.MunicipalityFilter;
import org.twintowns.partnerships.partnership.Partnership;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/**
 * A page of a list filtered by a place is planned once and its plan kept, whichever place: the walk of
 * partnerships by a country, a partner country, a pair of countries, two participants in one country or a state
 * ({@link PartnershipWhere#walked}), and the municipalities of a country or a state in the order of names. Each
 * such statement had the place in the plan's sight, and PostgreSQL planned it anew at every request, because its
 * plan for the one value never seemed dearer than one plan for all: about half of what France's page of
 * municipalities cost the database (issue 21).
 *
 * <p>The property, over every such page: once the driver runs it prepared on the server (from its first run here),
 * PostgreSQL makes at most its first five plans for the values ({@code custom_plans} in
 * {@code pg_prepared_statements}), then keeps one ({@code generic_plans}); and a plan PostgreSQL makes for
 * given values shows none of them, for it cannot see them. On the tests' few rows PostgreSQL may keep a plan with the
 * values in sight as well, so the first half holds either way here; the second failed with the values in sight.
 * Beside another condition, though, the values stay in sight
 * ({@link #shouldPlanAPlaceBesideAnotherConditionForItsValue}).
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class KeptListPlansTest {

    /** Each page's runs: more than the five plans PostgreSQL makes for the values before it may keep one. */
    private static final int RUNS = 12;
    private static final List<String> COUNTRIES = List.of("DE", "PL", "FR", "AD");
    private static final List<String> STATES = List.of("DE-TH", "DE-BY", "UA-32");

    /** The pages' statements: a walk of partnerships, a page of municipalities by a country or a state. */
    private static final Pattern PAGE = Pattern.compile("^WITH chosen AS \\(SELECT p\\.id FROM partnership p WHERE"
            + "|^SELECT m\\.id, m\\.slug, .*FROM municipality m\\s+WHERE m\\.(country_code|subdivision) = ",
            Pattern.DOTALL);

    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+)");

    @Inject
    PartnershipRepository partnerships;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    Listings listings;

    @Inject
    EntityManager em;

    /** The statements {@link #planFor} prepared. */
    private int prepared;

    @Test
    @TestTransaction
    void shouldKeepOnePlanForEveryPageOfAPlace() {
        Map<String, Plans> ran = pagesRun(run -> {
            String country = COUNTRIES.get(run % COUNTRIES.size());
            String other = COUNTRIES.get((run + 1) % COUNTRIES.size());
            String state = STATES.get(run % STATES.size());
            walk(new PartnershipFilter(null, null, country, null, null, null, null, null, null, null));
            walk(new PartnershipFilter(null, null, null, country, null, null, null, null, null, null));
            walk(new PartnershipFilter(null, null, country, other, null, null, null, null, null, null));
            walk(new PartnershipFilter(null, null, country, country, null, null, null, null, null, null));
            walk(new PartnershipFilter(null, null, null, null, state, null, null, null, null, null));
            municipalities.search(new MunicipalityFilter(null, country, null, null, null), byName());
            municipalities.search(new MunicipalityFilter(null, null, state, null, null), byName());
        });
        // A partner country alone is the same statement as a country alone (a participant there).
        assertEquals(6, ran.size(), "four walks of partnerships, two pages of municipalities: " + ran);
        ran.forEach((statement, plans) -> assertTrue(plans.forValues() <= 5 && plans.kept() > 0,
                "planned anew for its values (" + plans + "): " + statement));
        // Whether PostgreSQL keeps a plan depends on its statistics (on the tests' few rows it may keep one with the
        // values in sight too); that the values are out of its sight does not: a plan made for them shows no trace.
        for (String statement : ran.keySet()) {
            String plan = planFor(statement);
            assertFalse(plan.matches("(?s).*'\\{?Q\\d.*"), "planned for a value:\n" + plan + "\n" + statement);
        }
    }

    /**
     * Beside another condition (a type, a status, a kind of municipality), the place stays in the plan's sight: the
     * plan then depends on how many match, and one made without the place's value read and sorted all of
     * Germany's partnerships for a page of its twinnings.
     */
    @Test
    @TestTransaction
    void shouldPlanAPlaceBesideAnotherConditionForItsValue() {
        Map<String, Plans> ran = pagesRun(run -> {
            String country = COUNTRIES.get(run % COUNTRIES.size());
            walk(new PartnershipFilter(null, null, country, null, null, Partnership.Type.TWINNING, null, null, null,
                    null));
            walk(new PartnershipFilter(null, null, null, null, STATES.get(run % STATES.size()), null,
                    Partnership.Status.ACTIVE, null, null, null));
            municipalities.search(new MunicipalityFilter(null, country, null, Municipality.Kind.CITY, null),
                    byName());
        });
        assertEquals(3, ran.size(), "two walks of partnerships, a page of municipalities: " + ran);
        for (String statement : ran.keySet()) {
            String plan = planFor(statement);
            for (int i = 1; i <= parameters(statement); i++) {
                assertTrue(plan.contains("Q" + i), "planned without the value of $" + i + ":\n" + plan + "\n"
                        + statement);
            }
        }
    }

    /**
     * The pages' statements that {@code pages} ran, {@link #RUNS} times each, prepared on the server from their
     * first run: how many plans PostgreSQL made for their values, and how many times it used the one it kept.
     */
    private Map<String, Plans> pagesRun(IntConsumer pages) {
        PGConnection connection = em.unwrap(Session.class).doReturningWork(c -> c.unwrap(PGConnection.class));
        int threshold = connection.getPrepareThreshold();
        connection.setPrepareThreshold(1);
        Map<String, long[]> before;
        Map<String, long[]> after;
        try {
            before = plans();
            for (int run = 0; run < RUNS; run++) {
                pages.accept(run);
            }
            after = plans();
        } finally {
            connection.setPrepareThreshold(threshold);
        }
        Map<String, Plans> ran = new HashMap<>();
        after.forEach((statement, plans) -> {
            long[] earlier = before.getOrDefault(statement, new long[2]);
            Plans made = new Plans(plans[0] - earlier[0], plans[1] - earlier[1]);
            if (made.forValues() + made.kept() > 0) {
                ran.put(statement, made);
            }
        });
        return ran;
    }

    /** The plans PostgreSQL made for a statement's values (custom plans), and the runs of the one it kept. */
    private record Plans(long forValues, long kept) {
        @Override
        public String toString() {
            return forValues + " plans for the values, " + kept + " kept";
        }
    }

    /** PostgreSQL's plan of {@code statement} made for the values 'Q1', 'Q2', ... of its parameters $1, $2, .... */
    private String planFor(String statement) {
        em.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        String name = "kept_list_plan_" + prepared++;
        em.createNativeQuery("PREPARE " + name + " AS " + statement).executeUpdate();
        String values = IntStream.rangeClosed(1, parameters(statement)).mapToObj(i -> "'Q" + i + "'")
                .collect(Collectors.joining(", "));
        String plan = String.join("\n", ((List<?>) em.createNativeQuery("EXPLAIN EXECUTE " + name + "(" + values
                + ")").getResultList()).stream().map(String::valueOf).toList());
        // A prepared statement outlives the test's transaction, on a connection of the pool.
        em.createNativeQuery("DEALLOCATE " + name).executeUpdate();
        return plan;
    }

    private void walk(PartnershipFilter filter) {
        Listing listing = listing(Sort.by("establishedOn").and("id"));
        partnerships.page(PartnershipWhere.walked(filter, listing), listing, PartnershipRepository.Source.WALKED);
    }

    private Listing byName() {
        return listing(Sort.by("name").and("id"));
    }

    private Listing listing(Sort sort) {
        return listings.of(new PageParams(0, 20, null), Map.of(), sort, "id");
    }

    /** The number of parameters of {@code statement}: the highest $n. */
    private static int parameters(String statement) {
        return PARAMETER.matcher(statement).results().mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
    }

    /** The pages' statements this connection has prepared on the server: plans for values, and kept plans. */
    private Map<String, long[]> plans() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT statement, custom_plans, generic_plans FROM pg_prepared_statements").getResultList();
        return rows.stream().filter(r -> PAGE.matcher((String) r[0]).find()).collect(HashMap::new,
                (m, r) -> m.put((String) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}),
                Map::putAll);
    }
}
