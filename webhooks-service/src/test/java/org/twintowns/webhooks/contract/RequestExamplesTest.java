package org.twintowns.webhooks.contract;

import static org.hamcrest.Matchers.equalTo;
import static org.twintowns.webhooks.support.Webhooks.PATH;
import static org.twintowns.webhooks.support.Webhooks.asEditorOf;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.RequestExamplesCheck;
import org.twintowns.testing.TestTokens;
import org.twintowns.webhooks.support.FeedStub;

/**
 * The request examples of webhooks-service's contract are requests it takes, sent as they stand by
 * an editor of the municipality they name. Their URL is on a documentation address (RFC 5737): public
 * as the SSRF rules see it, and nothing is sent there in the test (no event concerns it).
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(FeedStub.class)
class RequestExamplesTest extends RequestExamplesCheck {

    @Test
    void shouldSubscribeWithTheCreateExample() {
        JsonNode example = example("createWebhook");
        asEditorOf(town()).body(example.toString()).post(PATH).then().statusCode(201)
                .body("url", equalTo(example.get("url").asText()))
                .body("types.size()", equalTo(example.get("types").size()));
    }

    @Test
    void shouldReplaceWithTheUpdateExample() {
        JsonNode example = example("updateWebhook");
        String id = created();
        asEditorOf(town()).header("If-Match", "\"0\"").body(example.toString()).put(PATH + "/" + id)
                .then().statusCode(200).body("url", equalTo(example.get("url").asText()));
    }

    @Test
    void shouldRedeliverWithTheRedeliveriesExample() {
        JsonNode example = example("redeliverWebhookDeliveriesSince");
        String id = created();
        asEditorOf(town()).body(example.toString()).post(PATH + "/" + id + "/redeliveries")
                .then().statusCode(202).body("queued", equalTo(0));
    }

    /** The municipality the examples subscribe to: its editors are the ones who send them. */
    private static UUID town() {
        return UUID.fromString(example("createWebhook").get("municipalities").get(0).asText());
    }

    private static String created() {
        return asEditorOf(town()).body(example("createWebhook").toString()).post(PATH)
                .then().statusCode(201).extract().path("id");
    }
}
