package org.twintowns.partnerships.partnership.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.partnerships.partnership.PartnershipApi.municipality;
import static org.twintowns.partnerships.partnership.PartnershipApi.partnership;
import static org.twintowns.partnerships.partnership.PartnershipApi.uniqueTopic;
import static org.twintowns.partnerships.partnership.repository.PartnershipRepository.Source.GATHERED;
import static org.twintowns.partnerships.partnership.repository.PartnershipRepository.Source.PLACED;
import static org.twintowns.partnerships.partnership.repository.PartnershipRepository.Source.ROWS;
import static org.twintowns.partnerships.partnership.repository.PartnershipRepository.Source.WALKED;

import io.quarkus.panache.common.Sort;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.twintowns.commons.paging.Listing;
import org.twintowns.commons.paging.Listings;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.persistence.JdbcRows;
import org.twintowns.commons.persistence.WhereClause;
import org.twintowns.partnerships.partnership.Partnership;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/**
 * A filtered list is read in one of two forms, chosen by how many partnerships match
 * ({@link PartnershipRepository#find}): the filter's sets checked per partnership while walking the order, or
 * gathered first and sorted. Which one is chosen must never show: for every filter, order and page, both
 * forms read the same partnerships in the same order as the plain statement of the rows that match, and the
 * pages together are the whole list, as many as its total says.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipPageFormsTest {

    private static final Map<String, String> SORTABLE = Map.of(
            "establishedOn", "establishedOn", "createdAt", "createdAt", "updatedAt", "updatedAt");
    /**
     * Not updatedAt: a walk in that order stops short of the last seconds' changes (Watermark), which this
     * test's partnerships are; its keyset condition is added to either form alike (Listing.restrict).
     */
    private static final List<String> ORDERS = List.of("establishedOn", "-establishedOn", "createdAt", "-createdAt");
    private static final int PAGE = 2;

    @Inject
    PartnershipRepository repository;

    @Inject
    Listings listings;

    @Inject
    EntityManager em;

    private String topic;
    private final Map<String, UUID> places = new HashMap<>();

    /** Once, before the first test (tokens are not ready yet in a @BeforeAll). */
    @BeforeEach
    void registerPartnerships() {
        if (topic != null) {
            return;
        }
        topic = uniqueTopic();
        places.put("jena", UUID.fromString(municipality("Jena", "DE", "DE-TH")));
        places.put("erfurt", UUID.fromString(municipality("Erfurt", "DE", "DE-TH")));
        places.put("kassel", UUID.fromString(municipality("Kassel", "DE", "DE-HE")));
        places.put("brovary", UUID.fromString(municipality("Brovary", "UA", "UA-32")));
        places.put("lviv", UUID.fromString(municipality("Lviv", "UA", null)));
        places.put("lyon", UUID.fromString(municipality("Lyon", "FR", null)));
        // Two participants in one state, equal founding dates, a partnership without one: what a walk and a
        // sort could disagree on.
        tagged("TWINNING", "1990-01-01", "jena", "erfurt");
        tagged("SOLIDARITY", "2022-09-28", "jena", "brovary");
        tagged("SOLIDARITY", "2023-01-01", "erfurt", "lviv");
        tagged("FRIENDSHIP", "2000-01-01", "kassel", "brovary");
        tagged("CONTACT", "1995-01-01", "brovary", "lviv");
        tagged("TWINNING", "1990-01-01", "jena", "lyon");
        tagged("FRIENDSHIP", null, "kassel", "lyon");
        tagged("COOPERATION", "2022-09-28", "erfurt", "lyon", "brovary");
    }

    private void tagged(String type, String establishedOn, String... names) {
        String founded = establishedOn == null ? "" : ", \"establishedOn\": \"" + establishedOn + "\"";
        partnership(type, "\"topics\": [\"" + topic + "\"]" + founded,
                Arrays.stream(names).map(n -> places.get(n).toString()).toArray(String[]::new));
    }

    private PartnershipFilter filter(UnaryOperator<PartnershipFilter> narrowed) {
        return narrowed.apply(new PartnershipFilter(null, null, null, null, null, null, null, topic, null, null));
    }

    private static PartnershipFilter with(PartnershipFilter f, UUID municipality, String country, String partnerCountry,
            String state, Partnership.Type type, Integer foundedFrom) {
        return new PartnershipFilter(f.ids(), municipality, country, partnerCountry, state, type, f.status(),
                f.topic(), foundedFrom, f.foundedTo());
    }

    private record Case(String name, PartnershipFilter filter, int matching) {
    }

    private List<Case> cases() {
        return List.of(
                new Case("topic", filter(f -> f), 8),
                new Case("state=DE-TH", filter(f -> with(f, null, null, null, "DE-TH", null, null)), 5),
                new Case("country=DE", filter(f -> with(f, null, "DE", null, null, null, null)), 7),
                new Case("partnerCountry=UA", filter(f -> with(f, null, null, "UA", null, null, null)), 5),
                new Case("country=DE&partnerCountry=UA", filter(f -> with(f, null, "DE", "UA", null, null, null)), 4),
                new Case("country=DE&partnerCountry=DE", filter(f -> with(f, null, "DE", "DE", null, null, null)), 1),
                new Case("municipality=Brovary", filter(f -> with(f, places.get("brovary"), null, null, null, null,
                        null)), 4),
                new Case("state=DE-TH&type=SOLIDARITY", filter(f -> with(f, null, null, null, "DE-TH",
                        Partnership.Type.SOLIDARITY, null)), 2),
                new Case("country=FR&foundedFrom=1991", filter(f -> with(f, null, "FR", null, null, null, 1991)), 1));
    }

    private Listing listing(int page, int size, String order) {
        return listings.of(new PageParams(page, size, order), SORTABLE, Sort.by("establishedOn").and("id"), "id");
    }

    private List<UUID> ids(PartnershipFilter filter, PartnershipRepository.Source source, int page, int size,
            String order) {
        Listing listing = listing(page, size, order);
        WhereClause where = switch (source) {
            case ROWS -> PartnershipWhere.of(filter);
            case WALKED -> PartnershipWhere.walked(filter, listing);
            case GATHERED -> PartnershipWhere.gathered(filter);
            case PLACED -> PartnershipWhere.placed(filter, listing).orElseThrow();
        };
        return repository.page(where, listing, source, JdbcRows.together()).stream().map(PartnershipRow::id).toList();
    }

    @Test
    @TestTransaction
    void shouldReadTheSamePagesWalkedAndGathered() {
        for (Case c : cases()) {
            for (String order : ORDERS) {
                String what = c.name() + " sort=" + order;
                List<UUID> whole = ids(c.filter(), ROWS, 0, 100, order);
                assertEquals(c.matching(), whole.size(), what + ": the whole list");
                assertEquals(whole, ids(c.filter(), WALKED, 0, 100, order), what + ": the whole list, walked");
                assertEquals(whole, ids(c.filter(), GATHERED, 0, 100, order), what + ": the whole list, gathered");
                List<UUID> paged = new ArrayList<>();
                for (int page = 0; page * PAGE <= c.matching(); page++) {
                    List<UUID> rows = ids(c.filter(), ROWS, page, PAGE, order);
                    assertEquals(rows, ids(c.filter(), WALKED, page, PAGE, order), what + " page=" + page + ", walked");
                    assertEquals(rows, ids(c.filter(), GATHERED, page, PAGE, order),
                            what + " page=" + page + ", gathered");
                    paged.addAll(rows);
                }
                assertEquals(whole, paged, what + ": the pages together");
            }
        }
    }

    /**
     * A filter of one place alone, in the order of founding dates either way, is read from the places' table (V16):
     * the same partnerships in the same order as the plain statement, page by page. Over all the partnerships the
     * module's tests have written so far in these places, not only this class's.
     */
    @Test
    @TestTransaction
    void shouldReadTheSamePagesFromThePlacesTable() {
        List<PartnershipFilter> places = List.of(
                new PartnershipFilter(null, null, null, null, "DE-TH", null, null, null, null, null),
                new PartnershipFilter(null, null, "UA", null, null, null, null, null, null, null),
                new PartnershipFilter(null, null, null, "FR", null, null, null, null, null, null),
                new PartnershipFilter(null, null, "DE", null, null, null, null, null, null, null));
        for (PartnershipFilter place : places) {
            for (String order : List.of("establishedOn", "-establishedOn")) {
                String what = place + " sort=" + order;
                List<UUID> first = ids(place, ROWS, 0, 100, order);
                assertTrue(first.size() >= 3, what + ": the class's partnerships are not in the list");
                assertEquals(first, ids(place, PLACED, 0, 100, order), what + ": the first 100, from the places");
                for (int page = 0; page < 4; page++) {
                    assertEquals(ids(place, ROWS, page, PAGE, order), ids(place, PLACED, page, PAGE, order),
                            what + " page=" + page + ", from the places");
                }
            }
        }
    }

    /**
     * The walk's test of a place is one the places' index cannot answer (PartnershipWhere): else PostgreSQL, which
     * keeps one plan of a prepared statement for any values once it seems no dearer than theirs, kept the plan
     * that reads a place's whole set from the index and sorts it, and read all of Germany for each page of it. The
     * gathered form, for the few, reads the index. A place with few partnerships, for which either form's own plan
     * would take the index if it could: neither reading the table nor walking an index of its order is open to
     * the planner (on the few partnerships the tests have written when this one runs, either would be cheapest),
     * so that only the places' index remains, and only the gathered form can take it. The indexes of the orders go
     * for the test's transaction: they carry the places (V15), and a bitmap of a whole one, its rows' places then
     * tested, was cheaper on so few rows than the places' index.
     */
    @Test
    @TestTransaction
    void shouldWalkAPlaceWithoutItsIndexAndGatherItWithIt() {
        em.createNativeQuery("ANALYZE partnership").executeUpdate();
        em.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
        em.createNativeQuery("SET LOCAL enable_indexscan = off").executeUpdate();
        em.createNativeQuery("DROP INDEX partnership_established_on_idx, partnership_created_at_idx, "
                + "partnership_updated_at_idx").executeUpdate();
        List<PartnershipFilter> places = List.of(
                filter(f -> with(f, null, "FR", null, null, null, null)),
                filter(f -> with(f, null, null, "FR", null, null, null)),
                filter(f -> with(f, null, "FR", "UA", null, null, null)),
                filter(f -> with(f, null, "FR", "FR", null, null, null)),
                filter(f -> with(f, null, null, null, "UA-32", null, null)));
        for (PartnershipFilter place : places) {
            PartnershipFilter only = new PartnershipFilter(null, null, place.country(), place.partnerCountry(),
                    place.state(), null, null, null, null, null);
            for (WhereClause perRow : List.of(PartnershipWhere.of(only), PartnershipWhere.walked(only,
                    listing(0, 20, null)))) {
                String walked = plan(perRow, " ORDER BY p.established_on, p.id LIMIT 20");
                assertFalse(walked.contains("participant_countries_idx")
                        || walked.contains("participant_subdivisions_idx"), walked);
            }
            String counted = plan(PartnershipWhere.gathered(only), "");
            assertTrue(counted.contains("Bitmap Index Scan on partnership_participant_"), counted);
        }
    }

    /** PostgreSQL's plan of reading the ids of the partnerships {@code where} matches, then {@code rest}. */
    private String plan(WhereClause where, String rest) {
        return String.join("\n", JdbcRows.list(em, "EXPLAIN SELECT p.id FROM partnership p WHERE " + where.condition()
                + rest, where, r -> r.getString(1)));
    }

    @Test
    @TestTransaction
    void shouldCountWhatTheListReadsWhicheverFormItChooses() {
        for (Case c : cases()) {
            for (int page = 0; page * PAGE <= c.matching(); page++) {
                PartnershipRepository.Found found = repository.find(c.filter(), listing(page, PAGE, null), JdbcRows.together());
                assertFalse(found.total().estimated(), c.name());
                assertEquals(c.matching(), found.total().items(), c.name() + " page=" + page);
                assertEquals(ids(c.filter(), ROWS, page, PAGE, null),
                        found.page().stream().map(PartnershipRow::id).toList(), c.name() + " page=" + page);
            }
        }
    }
}
