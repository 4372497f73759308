package org.twintowns.webhooks.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.webhooks.support.Webhooks.subscribe;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.webhooks.support.FeedStub;

/**
 * Storing a feed's page: the cursor moves with a compare-and-set, so that replicas that read the same
 * page store its events once, and only for the subscriptions that want them.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(FeedStub.class)
class FeedStoreTest {

    @Inject
    FeedStore store;

    @Inject
    EntityManager em;

    @Test
    void shouldStoreAPageOnceWhenReplicasReadItTogether() throws Exception {
        UUID town = UUID.randomUUID();
        String subscription = subscribe("http://127.0.0.1:9/in", town, "partnership.*")[0];
        String other = subscribe("http://127.0.0.1:9/in", town, "news.*")[0];
        String source = "t-" + UUID.randomUUID().toString().substring(0, 8);
        assertTrue(store.store(source, null, new FeedPage(List.of(), "0", true)), "the first cursor of a source");

        CloudEvent event = CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                .withSource(URI.create("/api/v1/partnerships")).withType("partnership.created")
                .withSubject(UUID.randomUUID().toString()).withTime(OffsetDateTime.now())
                .withDataContentType("application/json").withExtension("municipalities", town + " " + UUID.randomUUID())
                .withExtension("countries", "DE FR").withData("{\"id\": 1}".getBytes(StandardCharsets.UTF_8)).build();
        FeedPage page = new FeedPage(List.of(event), "1", true);
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attempts.add(() -> store.store(source, "0", page));
        }
        long stored = 0;
        for (Future<Boolean> result : replicas.invokeAll(attempts)) {
            stored += result.get() ? 1 : 0;
        }
        replicas.shutdown();

        assertEquals(1, stored, "one replica moves the cursor, the others store nothing");
        assertEquals("1", store.position(source));
        assertEquals(1, deliveries(subscription, event.getId()));
        assertEquals(0, deliveries(other, event.getId()), "a subscription to other types gets nothing");
    }

    private long deliveries(String subscription, String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM delivery WHERE subscription_id = :s AND event_id = :e")
                .setParameter("s", UUID.fromString(subscription)).setParameter("e", eventId).getSingleResult()).longValue());
    }
}
