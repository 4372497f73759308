package org.twintowns.news.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.etagAsAdmin;
import static org.twintowns.news.NewsFixtures.item;
import static org.twintowns.news.NewsFixtures.marker;
import static org.twintowns.news.NewsFixtures.moveAsAdmin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.changes.Change;
import org.twintowns.commons.changes.Outbox;
import org.twintowns.news.item.service.NewsItemWriter;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.changes.ChangeFeedSuite;
import org.twintowns.testing.stub.ReferenceStub;
import org.twintowns.news.item.service.NewsChanges;

/**
 * The news feed: the shared promises, and what must never leak: a draft and an embargoed item make no
 * event; the embargo's end makes {@code news.published}, dated then; a withdrawal tells only the id.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class NewsChangeFeedTest extends ChangeFeedSuite {

    @Inject
    NewsItemWriter writer;

    @Inject
    Outbox outbox;

    NewsChangeFeedTest() {
        super("/api/v1/changes/news");
    }

    @Override
    protected List<String> eventTypes() {
        return NewsChanges.TYPES;
    }

    @Override
    protected String change(int n) {
        return createAsAdmin(item("Meldung " + n + " " + marker(), UUID.randomUUID(), "\"status\": \"PUBLISHED\""));
    }

    @Test
    void shouldTellNothingOfDraftsAndEmbargoedItemsUntilTheyArePublic() throws Exception {
        String cursor = now();
        String draft = createAsAdmin(item("Entwurf " + marker(), UUID.randomUUID(), ""));
        asAdmin().contentType(ContentType.JSON).header("If-Match", etagAsAdmin(draft))
                .body(item("Entwurf, zweite Fassung " + marker(), UUID.randomUUID(), "")).put("/api/v1/news/" + draft)
                .then().statusCode(200);
        OffsetDateTime embargo = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        String scheduled = createAsAdmin(item("Sperrfrist " + marker(), UUID.randomUUID(), ""));
        moveAsAdmin(scheduled, "{\"status\": \"SCHEDULED\", \"publishAt\": \"" + embargo + "\"}");
        writer.publishDue(100);

        assertEquals(List.of(), subjects(readAll(cursor), draft, scheduled), "a draft or embargoed item leaked");

        Thread.sleep(Math.max(0, embargo.toInstant().toEpochMilli() - System.currentTimeMillis()) + 200);
        writer.publishDue(100);

        List<Map<String, Object>> events = readAll(cursor);
        assertEquals(List.of(scheduled), subjects(events, draft, scheduled));
        Map<String, Object> published = events.get(events.size() - 1);
        assertEquals("news.published", published.get("type"));
        assertEquals(embargo.toInstant(), OffsetDateTime.parse((String) published.get("time")).toInstant());
        assertEquals("PUBLISHED", ((Map<?, ?>) published.get("data")).get("status"));
        writer.publishDue(100);
        assertEquals(1, subjects(readAll(cursor), draft, scheduled).size(), "published twice");
    }

    @Test
    void shouldPublishEachDueItemOnceWhenReplicasRunTheJobTogether() throws Exception {
        String cursor = now();
        List<String> scheduled = new ArrayList<>();
        OffsetDateTime embargo = null;
        for (int i = 0; i < 16; i++) {
            String id = createAsAdmin(item("Sperrfrist " + i + " " + marker(), UUID.randomUUID(), ""));
            // Each its own embargo, a moment ahead however slowly the machine creates them.
            embargo = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
            moveAsAdmin(id, "{\"status\": \"SCHEDULED\", \"publishAt\": \"" + embargo + "\"}");
            scheduled.add(id);
        }
        Thread.sleep(Math.max(0, embargo.toInstant().toEpochMilli() - System.currentTimeMillis()) + 200);

        // Four replicas' jobs at once, in small batches so that they reach for the same rows.
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> jobs = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            jobs.add(() -> {
                int total = 0;
                for (int batch = writer.publishDue(5); batch > 0; batch = writer.publishDue(5)) {
                    total += batch;
                }
                return total;
            });
        }
        int published = 0;
        for (Future<Integer> job : replicas.invokeAll(jobs)) {
            published += job.get();
        }
        replicas.shutdown();

        List<Object> told = subjects(readAll(cursor), scheduled.toArray(String[]::new));
        assertEquals(scheduled.size(), told.size(), "one news.published per item: " + told);
        assertEquals(Set.copyOf(scheduled), Set.copyOf(told));
        // The service's own scheduler may have taken some: never more than once in all.
        assertTrue(published <= scheduled.size(), published + " publications of " + scheduled.size() + " items");
    }

    @Test
    void shouldTellAWithdrawalWithTheIdOnly() {
        String id = change(0);
        String cursor = now();
        moveAsAdmin(id, "{\"status\": \"WITHDRAWN\"}");

        List<Map<String, Object>> events = readAll(cursor);
        assertEquals(1, events.size(), events.toString());
        assertEquals("news.withdrawn", events.get(0).get("type"));
        Map<?, ?> data = (Map<?, ?>) events.get(0).get("data");
        assertEquals(id, data.get("id"));
        assertTrue(!data.containsKey("body") && !data.containsKey("headline"), data.toString());
    }

    @Test
    void shouldTellNothingOfARolledBackTransaction() {
        String cursor = now();
        UUID kept = UUID.randomUUID();
        UUID lost = UUID.randomUUID();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.record(Change.of("news.updated", "/api/v1/news", lost, Map.of("id", lost)));
                throw new IllegalStateException("the write fails after recording its change");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        QuarkusTransaction.requiringNew().run(() ->
                outbox.record(Change.of("news.updated", "/api/v1/news", kept, Map.of("id", kept))));

        List<Map<String, Object>> events = readAll(cursor);
        assertEquals(List.of(kept.toString()), events.stream().map(e -> e.get("subject")).toList());
    }

    private static List<Object> subjects(List<Map<String, Object>> events, String... of) {
        List<String> wanted = List.of(of);
        return events.stream().map(e -> e.get("subject")).filter(wanted::contains).toList();
    }
}
