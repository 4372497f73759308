package org.twintowns.webhooks.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.twintowns.testing.TestTokens;

/** Fixtures of the webhooks tests: requests as an editor or admin, subscriptions, waiting. */
public final class Webhooks {

    public static final String PATH = "/api/v1/webhooks";

    private Webhooks() {
    }

    public static RequestSpecification asAdmin() {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON);
    }

    public static RequestSpecification asEditorOf(UUID... municipalities) {
        return given().auth().oauth2(TestTokens.editorOf(
                java.util.Arrays.stream(municipalities).map(UUID::toString).toArray(String[]::new)))
                .contentType(ContentType.JSON);
    }

    /** The JSON of a subscription to these types, filtered to these municipalities. */
    public static String body(String url, List<String> types, List<UUID> municipalities) {
        return "{\"url\": \"" + url + "\", \"types\": [" + String.join(", ", types.stream().map(t -> "\"" + t + "\"").toList())
                + "], \"municipalities\": [" + String.join(", ", municipalities.stream().map(m -> "\"" + m + "\"").toList())
                + "], \"description\": \"test\"}";
    }

    /** Subscribes as an editor of the municipality; answers {id, secret}. */
    public static String[] subscribe(String url, UUID municipality, String... types) {
        var created = asEditorOf(municipality).body(body(url, List.of(types), List.of(municipality))).post(PATH)
                .then().statusCode(201).extract();
        return new String[] {created.path("id"), created.path("secret")};
    }

    public static void await(String what, Duration within, BooleanSupplier condition) {
        long until = System.currentTimeMillis() + within.toMillis();
        while (System.currentTimeMillis() < until) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        fail("Not within " + within + ": " + what);
    }
}
