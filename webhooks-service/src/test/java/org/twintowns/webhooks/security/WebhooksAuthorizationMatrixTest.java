package org.twintowns.webhooks.security;

import static org.twintowns.webhooks.support.Webhooks.PATH;
import static org.twintowns.webhooks.support.Webhooks.asAdmin;
import static org.twintowns.webhooks.support.Webhooks.asEditorOf;
import static org.twintowns.webhooks.support.Webhooks.body;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.authz.AuthorizationMatrix;
import org.twintowns.testing.authz.AuthorizationMatrixSuite;
import org.twintowns.testing.authz.WriteTarget;
import org.twintowns.webhooks.delivery.service.DeliveryStore;
import org.twintowns.webhooks.support.FeedStub;

/**
 * Who may write which subscription: a subscription filtered to a municipality is managed by the
 * editor of it who registered it, and admins; nobody else even sees it (404), and its editor may not
 * widen it to municipalities they do not act for.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(FeedStub.class)
class WebhooksAuthorizationMatrixTest extends AuthorizationMatrixSuite {

    private static final String URL = "http://127.0.0.1:9/hook";

    static final AuthorizationMatrix MATRIX = new AuthorizationMatrix()
            .owner("POST /api/v1/webhooks", () -> {
                UUID town = UUID.randomUUID();
                return WriteTarget.post(PATH).body(body(URL, List.of("news.*"), List.of(town))).ownedBy(town.toString())
                        .state(WebhooksAuthorizationMatrixTest::count);
            })
            .owner("PUT /api/v1/webhooks/{id}", () -> {
                UUID town = UUID.randomUUID();
                String id = subscription(town);
                return WriteTarget.put(PATH + "/" + id).header("If-Match", "\"0\"")
                        .body(body(URL, List.of("event.*"), List.of(town))).ownedBy(town.toString()).hiddenFromOthers()
                        .escapingWith(body(URL, List.of("event.*"), List.of(UUID.randomUUID()))).state(() -> snapshot(id));
            })
            .owner("DELETE /api/v1/webhooks/{id}", () -> {
                UUID town = UUID.randomUUID();
                String id = subscription(town);
                return WriteTarget.delete(PATH + "/" + id).header("If-Match", "\"0\"").ownedBy(town.toString())
                        .hiddenFromOthers().state(() -> snapshot(id));
            })
            .owner("POST /api/v1/webhooks/{id}/secret", () -> {
                UUID town = UUID.randomUUID();
                String id = subscription(town);
                return WriteTarget.post(PATH + "/" + id + "/secret").ownedBy(town.toString()).hiddenFromOthers()
                        .state(() -> snapshot(id));
            })
            .owner("POST /api/v1/webhooks/{id}/enable", () -> {
                UUID town = UUID.randomUUID();
                String id = subscription(town);
                QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                        .createNativeQuery("UPDATE subscription SET state = 'DISABLED', disabled_reason = 'test', "
                                + "disabled_at = now(), version = version + 1 WHERE id = :id")
                        .setParameter("id", UUID.fromString(id)).executeUpdate());
                return WriteTarget.post(PATH + "/" + id + "/enable").ownedBy(town.toString()).hiddenFromOthers()
                        .state(() -> snapshot(id));
            })
            .owner("POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver", () -> {
                UUID town = UUID.randomUUID();
                String id = subscription(town);
                String delivery = delivery(id);
                return WriteTarget.post(PATH + "/" + id + "/deliveries/" + delivery + "/redeliver").ownedBy(town.toString())
                        .hiddenFromOthers().state(() -> deliveries(id));
            })
            .owner("POST /api/v1/webhooks/{id}/redeliveries", () -> {
                UUID town = UUID.randomUUID();
                String id = subscription(town);
                delivery(id);
                return WriteTarget.post(PATH + "/" + id + "/redeliveries").body("{\"since\": \"2020-01-01T00:00:00Z\"}")
                        .ownedBy(town.toString()).hiddenFromOthers().state(() -> deliveries(id));
            });

    @Override
    protected AuthorizationMatrix matrix() {
        return MATRIX;
    }

    /** A subscription of an editor of the town, to a receiver that never answers (nothing is sent: no events). */
    private static String subscription(UUID town) {
        return asEditorOf(town).body(body(URL, List.of("news.*"), List.of(town))).post(PATH)
                .then().statusCode(201).extract().path("id");
    }

    /** A delivery of the subscription, already failed, so that nothing changes its log while the test runs. */
    private static String delivery(String subscriptionId) {
        String eventId = UUID.randomUUID().toString();
        Arc.container().instance(DeliveryStore.class).get().enqueue(UUID.fromString(subscriptionId), eventId,
                "news.published", UUID.randomUUID().toString(), "{}");
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("UPDATE delivery SET state = 'FAILED', finished_at = now() WHERE event_id = :e")
                    .setParameter("e", eventId).executeUpdate();
            return em.createNativeQuery("SELECT CAST(id AS varchar) FROM delivery WHERE event_id = :e")
                    .setParameter("e", eventId).getSingleResult().toString();
        });
    }

    private static String count() {
        return asAdmin().get(PATH + "?size=1").then().statusCode(200).extract().path("totalItems").toString();
    }

    private static String snapshot(String id) {
        Response r = asAdmin().get(PATH + "/" + id);
        return r.statusCode() + " " + r.header("ETag") + " " + r.asString();
    }

    private static String deliveries(String id) {
        return asAdmin().get(PATH + "/" + id + "/deliveries").then().statusCode(200).extract().path("totalItems").toString();
    }
}
