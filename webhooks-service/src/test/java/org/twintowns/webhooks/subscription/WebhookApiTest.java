package org.twintowns.webhooks.subscription;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.twintowns.testing.ProblemAssertions.assertProblem;
import static org.twintowns.webhooks.support.Webhooks.PATH;
import static org.twintowns.webhooks.support.Webhooks.asAdmin;
import static org.twintowns.webhooks.support.Webhooks.asEditorOf;
import static org.twintowns.webhooks.support.Webhooks.body;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.twintowns.commons.security.Caller;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.webhooks.support.FeedStub;

/** Registering and managing subscriptions: who may, what a subscription may be, what its owner sees. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(FeedStub.class)
class WebhookApiTest {

    private static final String RECEIVER = "http://127.0.0.1:9/hook";

    @Test
    void shouldRegisterAndShowTheSecretOnlyOnce() {
        UUID town = UUID.randomUUID();
        String id = asEditorOf(town).body(body(RECEIVER, List.of("news.*", "event.cancelled"), List.of(town)))
                .post(PATH).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString(PATH + "/"))
                .header("ETag", "\"0\"")
                .body("secret", startsWith("whsec_"))
                .body("state", equalTo("ACTIVE"))
                .body("types", equalTo(List.of("news.*", "event.cancelled")))
                .body("municipalities", equalTo(List.of(town.toString())))
                .body("owner", equalTo("editor@test"))
                .extract().path("id");
        asEditorOf(town).get(PATH + "/" + id).then().statusCode(200).body("secret", equalTo(null));
        asEditorOf(town).get(PATH).then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void shouldLetAnEditorSubscribeOnlyToTheirMunicipalities() {
        UUID town = UUID.randomUUID();
        assertProblem(asEditorOf(town).body(body(RECEIVER, List.of("news.*"), List.of(UUID.randomUUID()))).post(PATH)
                .then(), 403);
        assertProblem(asEditorOf(town).body(body(RECEIVER, List.of("news.*"), List.of())).post(PATH).then(), 400)
                .body("errors[0].field", equalTo("municipalities"));
        assertProblem(given().contentType(ContentType.JSON).body(body(RECEIVER, List.of("news.*"), List.of(town)))
                .post(PATH).then(), 401);
        assertProblem(given().auth().oauth2(TestTokens.token("reader@test", Set.of("reader"), Set.of(town.toString())))
                .contentType(ContentType.JSON).body(body(RECEIVER, List.of("news.*"), List.of(town))).post(PATH).then(), 403);
        // Admins may subscribe to everything, without a filter.
        asAdmin().body(body(RECEIVER, List.of("*"), List.of())).post(PATH).then().statusCode(201);
    }

    @Test
    void shouldShowASubscriptionToItsOwnerOnly() {
        UUID town = UUID.randomUUID();
        String id = asEditorOf(town).body(body(RECEIVER, List.of("news.*"), List.of(town))).post(PATH)
                .then().statusCode(201).extract().path("id");
        String colleague = TestTokens.token("colleague@test", Set.of(Caller.EDITOR), Set.of(town.toString()));
        assertProblem(given().auth().oauth2(colleague).get(PATH + "/" + id).then(), 404);
        given().auth().oauth2(colleague).get(PATH).then().statusCode(200).body("items.id", not(hasItem(id)));
        assertProblem(asEditorOf(UUID.randomUUID()).get(PATH + "/" + id).then(), 404);
        asAdmin().get(PATH + "/" + id).then().statusCode(200);
        assertProblem(given().get(PATH).then(), 401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://localhost/hook", "https://127.0.0.2/hook", "https://10.0.0.1/hook",
            "https://169.254.169.254/latest/meta-data", "https://[::1]/hook", "https://[fc00::1]/hook",
            "https://[fe80::1]/hook", "https://0.0.0.0/hook", "http://93.184.216.34/hook", "https://gateway/hook"})
    void shouldRefuseUrlsThatMayNotBeCalled(String url) {
        UUID town = UUID.randomUUID();
        assertProblem(asEditorOf(town).body(body(url, List.of("news.*"), List.of(town))).post(PATH).then(), 400)
                .body("errors[0].field", equalTo("url"));
    }

    @Test
    void shouldRefuseUnknownTypes() {
        UUID town = UUID.randomUUID();
        assertProblem(asEditorOf(town).body(body(RECEIVER, List.of("news.*", "news.deleted"), List.of(town))).post(PATH)
                .then(), 400).body("errors[0].field", equalTo("types[1]"));
    }

    @Test
    void shouldReplaceWithIfMatchAndDelete() {
        UUID town = UUID.randomUUID();
        String id = asEditorOf(town).body(body(RECEIVER, List.of("news.*"), List.of(town))).post(PATH)
                .then().statusCode(201).extract().path("id");
        assertProblem(asEditorOf(town).body(body(RECEIVER, List.of("event.*"), List.of(town))).put(PATH + "/" + id).then(), 428);
        assertProblem(asEditorOf(town).header("If-Match", "\"7\"").body(body(RECEIVER, List.of("event.*"), List.of(town)))
                .put(PATH + "/" + id).then(), 412);
        asEditorOf(town).header("If-Match", "\"0\"").body(body(RECEIVER, List.of("event.*"), List.of(town)))
                .put(PATH + "/" + id).then().statusCode(200).header("ETag", "\"1\"").body("types", equalTo(List.of("event.*")));
        asEditorOf(town).header("If-Match", "\"1\"").delete(PATH + "/" + id).then().statusCode(204);
        assertProblem(asEditorOf(town).get(PATH + "/" + id).then(), 404);
    }

    @Test
    void shouldReplayACreateWithTheSameIdempotencyKey() {
        UUID town = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String first = asEditorOf(town).header("Idempotency-Key", key).body(body(RECEIVER, List.of("news.*"), List.of(town)))
                .post(PATH).then().statusCode(201).extract().path("id");
        asEditorOf(town).header("Idempotency-Key", key).body(body(RECEIVER, List.of("news.*"), List.of(town)))
                .post(PATH).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
    }
}
