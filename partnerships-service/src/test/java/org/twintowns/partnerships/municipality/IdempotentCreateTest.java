package org.twintowns.partnerships.municipality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import io.restassured.response.Response;
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

/** A create retried with the same Idempotency-Key creates once and answers the same. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class IdempotentCreateTest {

    private static final String PATH = "/api/v1/municipalities";

    private static Response post(String key, String body) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(PATH);
    }

    private static int count(String name) {
        return given().queryParam("name", name).get(PATH).then().extract().path("totalItems");
    }

    @Test
    void shouldAnswerARetryWithTheFirstAnswerAndCreateOnce() {
        String name = "Wiederholt " + UUID.randomUUID();
        String body = "{\"name\": \"%s\", \"kind\": \"CITY\", \"country\": \"DE\"}".formatted(name);
        String key = UUID.randomUUID().toString();
        Response first = post(key, body).then().statusCode(201).extract().response();
        Response retry = post(key, body).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")))
                .extract().response();
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(1, count(name));
    }

    @Test
    void shouldRefuseTheSameKeyForAnotherRequest() {
        String key = UUID.randomUUID().toString();
        String name = "Erst " + UUID.randomUUID();
        post(key, "{\"name\": \"%s\", \"kind\": \"CITY\", \"country\": \"DE\"}".formatted(name)).then().statusCode(201);
        String other = "Anders " + UUID.randomUUID();
        assertProblem(post(key, "{\"name\": \"%s\", \"kind\": \"CITY\", \"country\": \"DE\"}".formatted(other)).then(), 422)
                .body("type", equalTo("https://twintowns.org/problems/idempotency-key-reused"));
        assertEquals(0, count(other));
    }

    @Test
    void shouldLetAClientFixARefusedRequestAndRetryWithTheSameKey() {
        String key = UUID.randomUUID().toString();
        String name = "Korrigiert " + UUID.randomUUID();
        assertProblem(post(key, "{\"name\": \"%s\", \"kind\": \"CITY\", \"country\": \"XX\"}".formatted(name)).then(), 400);
        // The refused request left nothing behind under the key, but a different body is a different request.
        post(UUID.randomUUID().toString(), "{\"name\": \"%s\", \"kind\": \"CITY\", \"country\": \"DE\"}".formatted(name))
                .then().statusCode(201);
        assertEquals(1, count(name));
    }

    @Test
    void shouldCreateOnceWhenRetriesRace() throws Exception {
        String name = "Gleichzeitig " + UUID.randomUUID();
        String body = "{\"name\": \"%s\", \"kind\": \"CITY\", \"country\": \"DE\"}".formatted(name);
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            // REST Assured is not made for concurrent use; the JDK client is.
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + PATH))
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .header("Authorization", "Bearer " + TestTokens.admin())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            for (int i = 0; i < 8; i++) {
                Callable<Integer> call = () -> client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                results.add(pool.submit(call));
            }
            for (Future<Integer> result : results) {
                int status = result.get();
                // Either the first answer (201, also replayed) or "still in progress" (409); never a second create.
                org.junit.jupiter.api.Assertions.assertTrue(status == 201 || status == 409, "status " + status);
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, count(name));
    }

    @Test
    void shouldRejectAnInsaneKey() {
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("Idempotency-Key", "x".repeat(300))
                .body("{\"name\": \"Lang\", \"kind\": \"CITY\", \"country\": \"DE\"}").post(PATH).then(), 400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
