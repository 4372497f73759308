package org.twintowns.webhooks.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.webhooks.support.Webhooks.await;
import static org.twintowns.webhooks.support.Webhooks.subscribe;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.webhooks.delivery.service.DeliveryStore;
import org.twintowns.webhooks.support.FeedStub;
import org.twintowns.webhooks.support.Receiver;

/** A replica that dies holding a claim loses it when its lease runs out: the delivery is sent, once, by another. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(FeedStub.class)
class LeaseTest {

    @Inject
    DeliveryStore store;

    @Inject
    EntityManager em;

    @Test
    void shouldSendADeliveryWhoseClaimantDiedOnceItsLeaseRunsOut() throws InterruptedException {
        UUID town = UUID.randomUUID();
        try (Receiver receiver = new Receiver()) {
            UUID subscription = UUID.fromString(subscribe(receiver.url("/in"), town, "news.*")[0]);
            String eventId = UUID.randomUUID().toString();
            // Queued and claimed in one go by a replica that then dies: its lease runs for 1.5 s more.
            QuarkusTransaction.requiringNew().run(() -> {
                store.enqueue(subscription, eventId, "news.published", UUID.randomUUID().toString(), "{}");
                em.createNativeQuery("UPDATE delivery SET lease_until = now() + interval '1500 milliseconds', "
                                + "lease_token = :token, first_attempt_at = now() WHERE event_id = :event")
                        .setParameter("token", UUID.randomUUID()).setParameter("event", eventId).executeUpdate();
            });
            long claimed = System.currentTimeMillis();
            Thread.sleep(800);
            assertTrue(receiver.received().isEmpty(), "nobody sends a delivery another holds the lease of");
            await("the delivery is sent after the lease", Duration.ofSeconds(10), () -> !receiver.received().isEmpty());
            assertTrue(receiver.received().get(0).at() - claimed >= 1400, "sent before the lease ran out");
            Thread.sleep(500);
            assertEquals(1, receiver.received().size());
            assertEquals(eventId, receiver.received().get(0).header("webhook-id"));
        }
    }
}
