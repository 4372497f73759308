package org.twintowns.partnerships.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.changes.Change;
import org.twintowns.commons.changes.Outbox;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/**
 * A transaction that records more changes than the outbox holds in memory (an import of the registry)
 * keeps at most {@link Outbox#HELD_AT_MOST} of them there, however many it records, and still leaves
 * every one in the feed, in the order recorded; a rollback leaves none.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class OutboxBoundTest {

    private static final String TYPE = "outbox.bound-test";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Test
    void shouldHoldABoundedNumberOfChangesAndPublishAllInOrder() throws Exception {
        for (int count : List.of(Outbox.HELD_AT_MOST + 1, 2 * Outbox.HELD_AT_MOST + 300)) {
            String batch = UUID.randomUUID().toString();
            List<UUID> subjects = new ArrayList<>();
            int[] mostHeld = {0};
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < count; i++) {
                    UUID subject = UUID.randomUUID();
                    subjects.add(subject);
                    outbox.record(Change.of(TYPE, "/test/" + batch, subject, Map.of("n", i))
                            .concerning(List.of(subject), List.of("DE")));
                    mostHeld[0] = Math.max(mostHeld[0], outbox.held());
                }
            });
            assertTrue(mostHeld[0] <= Outbox.HELD_AT_MOST, count + " changes held " + mostHeld[0] + " at once");

            List<String> events = events(batch);
            assertEquals(count, events.size());
            for (int i = 0; i < count; i++) {
                JsonNode event = JSON.readTree(events.get(i));
                assertEquals(subjects.get(i).toString(), event.path("subject").asText());
                assertEquals(i, event.path("data").path("n").asInt());
                assertEquals(subjects.get(i).toString(), event.path("municipalities").asText());
                assertEquals("DE", event.path("countries").asText());
                assertTrue(event.path("time").asText().endsWith("Z"), event.path("time").asText());
            }
            delete(batch);
        }
    }

    @Test
    void shouldLeaveNothingOfARolledBackTransaction() {
        String batch = UUID.randomUUID().toString();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < Outbox.HELD_AT_MOST + 10; i++) {
                outbox.record(Change.of(TYPE, "/test/" + batch, UUID.randomUUID(), Map.of("n", i)));
            }
            throw new IllegalStateException("rolled back");
        }));
        assertEquals(List.of(), events(batch));
    }

    /** The feed's events of one batch, in feed order. */
    private List<String> events(String batch) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT event FROM change_event WHERE type = :type AND event::jsonb ->> 'source' = :source "
                                + "ORDER BY position", String.class)
                .setParameter("type", TYPE).setParameter("source", "/test/" + batch)
                .getResultList().stream().map(String.class::cast).toList());
    }

    /** The feed is the other tests' too: these made-up events leave it. */
    private void delete(String batch) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "DELETE FROM change_event WHERE type = :type AND event::jsonb ->> 'source' = :source")
                .setParameter("type", TYPE).setParameter("source", "/test/" + batch).executeUpdate());
    }
}
