package org.twintowns.webhooks.delivery;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.webhooks.support.Webhooks.PATH;
import static org.twintowns.webhooks.support.Webhooks.asEditorOf;
import static org.twintowns.webhooks.support.Webhooks.await;
import static org.twintowns.webhooks.support.Webhooks.subscribe;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.webhooks.delivery.service.Dispatcher;
import org.twintowns.webhooks.feed.FeedStore;
import org.twintowns.webhooks.support.FeedStub;
import org.twintowns.webhooks.support.Receiver;
import org.twintowns.webhooks.support.StandardWebhooks;

/**
 * Deliveries end to end inside the service: events published on a stub feed reach a real local
 * receiver, signed as Standard Webhooks says (checked by code written from the specification), retried
 * with growing back-off, disabled after failing, sent again on request, in order per subject, and once
 * each with several dispatchers on one database.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(FeedStub.class)
class DeliveryTest {

    private static final Duration WITHIN = Duration.ofSeconds(15);

    @Inject
    FeedStore feeds;

    @Inject
    Dispatcher dispatcher;

    @Inject
    EntityManager em;

    @BeforeEach
    void followingFeeds() {
        await("the followers are at the feeds' heads", WITHIN,
                () -> feeds.position("news") != null && feeds.position("registry") != null);
    }

    @Test
    void shouldDeliverTheCloudEventSignedAsStandardWebhooksSays() {
        UUID town = UUID.randomUUID();
        try (Receiver receiver = new Receiver()) {
            String[] hook = subscribe(receiver.url("/in"), town, "news.*");
            String subject = UUID.randomUUID().toString();
            String eventId = FeedStub.news("news.published", subject, town);
            // Another municipality's event is not for this subscription.
            FeedStub.news("news.published", UUID.randomUUID().toString(), UUID.randomUUID());
            await("the delivery arrives", WITHIN, () -> !receiver.received().isEmpty());

            Receiver.Received request = receiver.received().get(0);
            assertEquals(eventId, request.header("webhook-id"));
            assertEquals("application/cloudevents+json", request.header("content-type"));
            assertTrue(StandardWebhooks.verifies(hook[1], request), request.headers().toString());
            assertFalse(StandardWebhooks.verifies("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]), request));
            JsonObject event = new JsonObject(request.body());
            assertEquals("1.0", event.getString("specversion"));
            assertEquals("news.published", event.getString("type"));
            assertEquals(subject, event.getString("subject"));
            assertEquals(town.toString(), event.getString("municipalities"));
            assertEquals("Meldung " + subject, event.getJsonObject("data").getString("headline"));
            sleep(300);
            assertEquals(1, receiver.received().size(), "only the matching event arrives, once");
        }
    }

    @Test
    void shouldSignWithBothSecretsForADayAfterARotation() {
        UUID town = UUID.randomUUID();
        try (Receiver receiver = new Receiver()) {
            String[] hook = subscribe(receiver.url("/in"), town, "news.published");
            String rotated = asEditorOf(town).post(PATH + "/" + hook[0] + "/secret").then().statusCode(200)
                    .body("secret", startsWith("whsec_")).extract().path("secret");
            FeedStub.news("news.published", UUID.randomUUID().toString(), town);
            await("the delivery arrives", WITHIN, () -> !receiver.received().isEmpty());

            Receiver.Received request = receiver.received().get(0);
            assertEquals(2, request.header("webhook-signature").split(" ").length, request.header("webhook-signature"));
            assertTrue(StandardWebhooks.verifies(rotated, request), "the new secret verifies");
            assertTrue(StandardWebhooks.verifies(hook[1], request), "the previous secret still verifies");
            asEditorOf(town).get(PATH + "/" + hook[0]).then().statusCode(200)
                    .body("previousSecretExpiresAt", org.hamcrest.Matchers.notNullValue())
                    .body("secret", org.hamcrest.Matchers.nullValue());
        }
    }

    @Test
    void shouldRetryWithGrowingBackOffThenDisableAndTellTheOwner() {
        UUID town = UUID.randomUUID();
        try (Receiver failing = new Receiver().answering(500); Receiver notices = new Receiver()) {
            String[] hook = subscribe(failing.url("/in"), town, "news.*");
            String[] watcher = subscribe(notices.url("/notices"), town, "webhook.disabled");
            FeedStub.news("news.updated", UUID.randomUUID().toString(), town);

            await("the subscription is disabled", WITHIN, () -> "DISABLED".equals(
                    asEditorOf(town).get(PATH + "/" + hook[0]).then().extract().path("state")));
            // The test schedule: at once, after 100 ms, after 200 ms more; then the retries have run out.
            List<Receiver.Received> attempts = failing.received();
            assertEquals(3, attempts.size());
            assertEquals(1, attempts.stream().map(r -> r.header("webhook-id")).distinct().count(), "one webhook-id");
            long firstGap = attempts.get(1).at() - attempts.get(0).at();
            long secondGap = attempts.get(2).at() - attempts.get(1).at();
            assertTrue(firstGap >= 90 && secondGap >= 190, "gaps " + firstGap + " and " + secondGap);
            asEditorOf(town).get(PATH + "/" + hook[0]).then()
                    .body("disabledReason", startsWith("every delivery failed since"))
                    .body("disabledAt", org.hamcrest.Matchers.notNullValue());
            asEditorOf(town).get(PATH + "/" + hook[0] + "/deliveries").then().statusCode(200)
                    .body("items[0].state", equalTo("FAILED"))
                    .body("items[0].attempts", equalTo(3))
                    .body("items[0].attemptLog.size()", equalTo(3))
                    .body("items[0].attemptLog[0].statusCode", equalTo(500));

            await("the owner's other subscription hears of it", WITHIN, () -> notices.received().stream()
                    .anyMatch(r -> new JsonObject(r.body()).getString("subject").equals(hook[0])));
            Receiver.Received notice = notices.received().stream()
                    .filter(r -> new JsonObject(r.body()).getString("subject").equals(hook[0])).findFirst().orElseThrow();
            assertTrue(StandardWebhooks.verifies(watcher[1], notice));
            JsonObject event = new JsonObject(notice.body());
            assertEquals("webhook.disabled", event.getString("type"));
            assertEquals(hook[0], event.getString("subject"));
            assertEquals(failing.url("/in"), event.getJsonObject("data").getString("url"));

            // Nothing more goes to a disabled subscription; enabled again, it gets new events.
            failing.answering(204);
            asEditorOf(town).post(PATH + "/" + hook[0] + "/enable").then().statusCode(200).body("state", equalTo("ACTIVE"))
                    .body("disabledReason", org.hamcrest.Matchers.nullValue());
            FeedStub.news("news.updated", UUID.randomUUID().toString(), town);
            await("the enabled subscription gets the next event", WITHIN, () -> failing.received().size() == 4);
        }
    }

    @Test
    void shouldDisableAtOnceOnGone() {
        UUID town = UUID.randomUUID();
        try (Receiver gone = new Receiver().answering(410)) {
            String[] hook = subscribe(gone.url("/in"), town, "news.*");
            FeedStub.news("news.withdrawn", UUID.randomUUID().toString(), town);
            await("the subscription is disabled", WITHIN, () -> "DISABLED".equals(
                    asEditorOf(town).get(PATH + "/" + hook[0]).then().extract().path("state")));
            assertEquals(1, gone.received().size());
            asEditorOf(town).get(PATH + "/" + hook[0]).then().body("disabledReason", equalTo("the endpoint answered 410 Gone"));
        }
    }

    @Test
    void shouldFollowNoRedirect() {
        UUID town = UUID.randomUUID();
        try (Receiver target = new Receiver(); Receiver redirecting = new Receiver().answering(302)) {
            redirecting.withHeaders(Map.of("Location", target.url("/elsewhere")));
            String[] hook = subscribe(redirecting.url("/in"), town, "news.*");
            FeedStub.news("news.published", UUID.randomUUID().toString(), town);
            await("the delivery has failed", WITHIN, () -> "FAILED".equals(
                    asEditorOf(town).get(PATH + "/" + hook[0] + "/deliveries").then().extract().path("items[0].state")));
            asEditorOf(town).get(PATH + "/" + hook[0] + "/deliveries").then()
                    .body("items[0].attemptLog[0].statusCode", equalTo(302));
            assertEquals(3, redirecting.received().size());
            assertTrue(target.received().isEmpty(), "the redirect was followed");
        }
    }

    @Test
    void shouldCheckTheUrlAgainAtEachAttempt() {
        UUID town = UUID.randomUUID();
        try (Receiver receiver = new Receiver()) {
            String[] hook = subscribe(receiver.url("/in"), town, "news.*");
            // As if the name now resolved elsewhere: the stored URL points at a private address.
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE subscription SET url = :url WHERE id = :id")
                    .setParameter("url", "https://10.0.0.1/in").setParameter("id", UUID.fromString(hook[0])).executeUpdate());
            FeedStub.news("news.published", UUID.randomUUID().toString(), town);
            await("the attempt was refused", WITHIN, () -> {
                List<String> errors = asEditorOf(town).get(PATH + "/" + hook[0] + "/deliveries").then().extract()
                        .path("items[0].attemptLog.error");
                return errors != null && !errors.isEmpty();
            });
            String error = asEditorOf(town).get(PATH + "/" + hook[0] + "/deliveries").then().extract()
                    .path("items[0].attemptLog[0].error");
            assertTrue(error.contains("private address"), error);
        }
    }

    @Test
    void shouldRedeliverOneDeliveryAndEverythingSinceAPoint() {
        UUID town = UUID.randomUUID();
        try (Receiver receiver = new Receiver()) {
            String[] hook = subscribe(receiver.url("/in"), town, "news.*");
            OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
            String first = FeedStub.news("news.published", UUID.randomUUID().toString(), town);
            await("the delivery arrives", WITHIN, () -> receiver.received().size() == 1);
            String delivery = asEditorOf(town).get(PATH + "/" + hook[0] + "/deliveries").then().statusCode(200)
                    .body("totalItems", equalTo(1)).body("items[0].state", equalTo("SUCCEEDED"))
                    .extract().path("items[0].id");

            asEditorOf(town).post(PATH + "/" + hook[0] + "/deliveries/" + delivery + "/redeliver").then().statusCode(202)
                    .body("redeliveryOf", equalTo(delivery)).body("eventId", equalTo(first));
            await("the redelivery arrives", WITHIN, () -> receiver.received().size() == 2);
            assertEquals(first, receiver.received().get(1).header("webhook-id"), "the same webhook-id");

            FeedStub.news("news.updated", UUID.randomUUID().toString(), town);
            FeedStub.news("news.updated", UUID.randomUUID().toString(), town);
            await("two more arrive", WITHIN, () -> receiver.received().size() == 4);
            asEditorOf(town).body("{\"since\": \"" + start + "\"}").post(PATH + "/" + hook[0] + "/redeliveries")
                    .then().statusCode(202).body("queued", equalTo(3));
            await("the three events arrive again", WITHIN, () -> receiver.received().size() == 7);
            Map<String, Long> perEvent = receiver.received().stream()
                    .collect(Collectors.groupingBy(r -> r.header("webhook-id"), Collectors.counting()));
            assertEquals(Map.of(first, 3L), Map.of(first, perEvent.get(first)));
            assertEquals(3, perEvent.size());
        }
    }

    @Test
    void shouldKeepFeedOrderPerSubjectWhileAnEarlierDeliveryIsRetried() {
        UUID town = UUID.randomUUID();
        AtomicInteger calls = new AtomicInteger();
        // The first request fails, every later one succeeds: the first event needs a retry.
        try (Receiver receiver = new Receiver().answering(() -> calls.getAndIncrement() == 0 ? 503 : 204)) {
            subscribe(receiver.url("/in"), town, "news.*");
            String subject = UUID.randomUUID().toString();
            String first = FeedStub.news("news.published", subject, town);
            String second = FeedStub.news("news.updated", subject, town);
            String third = FeedStub.news("news.withdrawn", subject, town);
            await("all arrive", WITHIN, () -> receiver.received().stream().map(r -> r.header("webhook-id"))
                    .collect(Collectors.toSet()).containsAll(Set.of(first, second, third)));
            List<String> order = receiver.received().stream().map(r -> r.header("webhook-id")).toList();
            assertEquals(List.of(first, first, second, third), order);
        }
    }

    @Test
    void shouldDeliverEachDeliveryOnceWithSeveralDispatchers() throws InterruptedException {
        UUID town = UUID.randomUUID();
        try (Receiver receiver = new Receiver()) {
            subscribe(receiver.url("/in"), town, "news.*");
            // Two more dispatchers, as two more replicas would run, beside the service's own.
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> replicas = new ArrayList<>();
            Map<String, AtomicInteger> sentBy = new ConcurrentHashMap<>();
            for (String name : List.of("replica-a", "replica-b")) {
                Thread t = new Thread(() -> {
                    while (running.get()) {
                        int sent = dispatcher.deliverDue(3);
                        sentBy.computeIfAbsent(name, n -> new AtomicInteger()).addAndGet(sent);
                        if (sent == 0) {
                            sleep(5);
                        }
                    }
                }, name);
                t.start();
                replicas.add(t);
            }
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ids.add(FeedStub.news("news.published", UUID.randomUUID().toString(), town));
            }
            await("all arrive", WITHIN, () -> receiver.received().stream().map(r -> r.header("webhook-id"))
                    .collect(Collectors.toSet()).containsAll(ids));
            sleep(500);
            running.set(false);
            for (Thread t : replicas) {
                t.join();
            }
            Map<String, Long> perId = receiver.received().stream()
                    .collect(Collectors.groupingBy(r -> r.header("webhook-id"), Collectors.counting()));
            assertEquals(ids.stream().collect(Collectors.toMap(Function.identity(), id -> 1L)), perId);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
