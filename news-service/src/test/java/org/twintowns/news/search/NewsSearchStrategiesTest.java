package org.twintowns.news.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.marker;
import static org.twintowns.news.NewsFixtures.moveAsAdmin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twintowns.news.item.repository.NewsFilter;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * The search finds the newest matches period by period, or older ones in one go when they are few
 * (NewsSearchRepository): whichever way it goes, it must rank exactly the newest matches that a
 * plain query sorted by time finds, across weeks, years and the years before 1970.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class NewsSearchStrategiesTest {

    /** Days before now of the matching items: this week, recent weeks, months, years, and 1968. */
    private static final List<Integer> DAYS_AGO = List.of(0, 1, 9, 20, 45, 64, 100, 180, 400, 700, 1100, 1800,
            2600, 21_000);
    private static final Instant NOW = Instant.now();

    @Inject
    NewsSearchRepository search;

    @Inject
    EntityManager em;

    private String word;

    @BeforeEach
    void createItemsAcrossTheYears() {
        word = "tt" + marker();
        for (int i = 0; i < DAYS_AGO.size(); i++) {
            String language = i % 4 == 3 ? "en" : "de";
            String id = createAsAdmin(new JsonObject().put("headline", "Meldung " + i + " " + word)
                    .put("body", "<p>Text " + word + "</p>").put("language", language)
                    .put("issuerMunicipalityId", UUID.randomUUID().toString()).put("status", "PUBLISHED").encode());
            publishedAt(id, NOW.minus(Duration.ofDays(DAYS_AGO.get(i))).minusSeconds(60 + i));
        }
        // Matching but not public: withdrawn (old) and embargoed until tomorrow.
        String withdrawn = createAsAdmin(new JsonObject().put("headline", "Zurückgezogen " + word)
                .put("body", "<p>Text</p>").put("language", "de")
                .put("issuerMunicipalityId", UUID.randomUUID().toString()).put("status", "PUBLISHED").encode());
        moveAsAdmin(withdrawn, "{\"status\": \"WITHDRAWN\"}");
        publishedAt(withdrawn, NOW.minus(Duration.ofDays(30)));
        String embargoed = createAsAdmin(new JsonObject().put("headline", "Sperrfrist " + word)
                .put("body", "<p>Text</p>").put("language", "de")
                .put("issuerMunicipalityId", UUID.randomUUID().toString()).encode());
        moveAsAdmin(embargoed, "{\"status\": \"SCHEDULED\", \"publishAt\": \"" + OffsetDateTime.now().plusDays(1) + "\"}");
    }

    @Test
    void shouldRankTheNewestMatchesWhicheverWayTheyAreFound() {
        OffsetDateTime yearsAgo = OffsetDateTime.ofInstant(NOW.minus(Duration.ofDays(1500)), ZoneOffset.UTC);
        OffsetDateTime weeksAgo = OffsetDateTime.ofInstant(NOW.minus(Duration.ofDays(30)), ZoneOffset.UTC);
        List<NewsFilter> filters = List.of(
                NewsFilter.publicView(null, null, null, null, null, null, null, null),
                NewsFilter.publicView("de", null, null, null, null, null, null, null),
                NewsFilter.publicView("en", null, null, null, null, null, null, null),
                NewsFilter.publicView(null, yearsAgo, null, null, null, null, null, null),
                NewsFilter.publicView(null, null, weeksAgo, null, null, null, null, null),
                NewsFilter.publicView(null, yearsAgo, weeksAgo, null, null, null, null, null));
        for (NewsFilter filter : filters) {
            for (int candidates : List.of(1, 2, 4, 7, 50)) {
                // fewMatches 0: older weeks period by period; a million: in one go.
                for (int fewMatches : List.of(0, 1_000_000)) {
                    List<UUID> expected = newestByTime(filter, candidates + 1);
                    NewsSearchRepository.Ranked ranked = QuarkusTransaction.requiringNew()
                            .call(() -> search.search(word, filter, 0, 100, candidates, fewMatches));
                    String what = filter + ", " + candidates + " candidates, fewMatches " + fewMatches;
                    assertEquals(new HashSet<>(expected.subList(0, Math.min(candidates, expected.size()))),
                            ids(ranked), what);
                    assertEquals(Math.min(candidates, expected.size()), ranked.total(), what);
                    assertEquals(expected.size() > candidates, ranked.moreMatches(), what);
                }
            }
        }
    }

    @Test
    void shouldNumberPeriodsInTheDatabaseAsInJava() {
        for (Instant at : List.of(NOW, Instant.EPOCH, Instant.parse("1968-05-04T03:02:01Z"),
                Instant.parse("2031-01-01T00:00:00Z"))) {
            Object periods = QuarkusTransaction.requiringNew().call(() -> em
                    .createNativeQuery("SELECT CAST(news_search_periods(CAST(:at AS timestamptz)) AS text)")
                    .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).getSingleResult());
            assertEquals(SearchPeriods.periodsOf(at).toString().replace("[", "{").replace("]", "}").replace(" ", ""),
                    periods, at.toString());
        }
    }

    private void publishedAt(String id, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("UPDATE news_item SET published_at = :at WHERE id = :id")
                .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter("id", UUID.fromString(id)).executeUpdate());
    }

    /** The plain answer: matching public items, newest first. */
    @SuppressWarnings("unchecked")
    private List<UUID> newestByTime(NewsFilter filter, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery("SELECT n.id FROM news_item n WHERE n.search_vector @@ "
                    + "websearch_to_tsquery('simple', :word) AND n.status IN ('PUBLISHED', 'SCHEDULED') "
                    + "AND n.published_at <= now() AND (CAST(:language AS text) IS NULL OR n.language = :language) "
                    + "AND (CAST(:from AS timestamptz) IS NULL OR n.published_at >= CAST(:from AS timestamptz)) "
                    + "AND (CAST(:to AS timestamptz) IS NULL OR n.published_at < CAST(:to AS timestamptz)) "
                    + "ORDER BY n.published_at DESC LIMIT :limit", UUID.class)
                    .setParameter("word", word).setParameter("language", filter.language())
                    .setParameter("from", filter.from()).setParameter("to", filter.to()).setParameter("limit", limit);
            return (List<UUID>) query.getResultList();
        });
    }

    private static Set<UUID> ids(NewsSearchRepository.Ranked ranked) {
        Set<UUID> ids = new HashSet<>();
        ranked.hits().forEach(hit -> ids.add(hit.id()));
        return ids;
    }
}
