package org.twintowns.partnerships.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.RawHttp;
import org.twintowns.testing.TestTokens;

/**
 * A Host header that is not one plain authority is refused with 400 before anything is stored, and
 * a client's Host, however well-formed, never becomes part of an answer (no public base URL is
 * configured in tests: URLs name the address the connection reached). Two Host headers cannot be
 * told apart here: Quarkus's forwarding support (on in the services, for the gateway's headers)
 * keeps the first before any handler runs; the gateway, where it is off, refuses them (HostHeaderTest there).
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class HostHeaderTest {

    private static final String PATH = "/api/v1/municipalities";

    private static int municipalities() {
        return given().queryParam("size", 1).get(PATH).then().statusCode(200).extract().path("totalItems");
    }

    private static RawHttp.Answer create(List<String> hostLines) throws IOException {
        List<String> head = new ArrayList<>();
        head.add("POST " + PATH + " HTTP/1.1");
        head.addAll(hostLines);
        head.addAll(List.of("Authorization: Bearer " + TestTokens.admin(), "Content-Type: application/json",
                "Connection: close"));
        return RawHttp.send(RestAssured.port, head, """
                {"name": "Hostburg", "slug": "hostburg-%s", "kind": "CITY", "country": "DE"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)));
    }

    @Test
    void shouldRefuseACreateWithABadHostWith400AndStoreNothing() throws IOException {
        int before = municipalities();
        for (List<String> hosts : List.<List<String>>of(List.of("Host: :80"), List.of("Host: x%41"), List.of("Host: a@b"),
                List.of("Host: a b"), List.of("Host: "), List.of("Host: " + "h".repeat(300)), List.of())) {
            RawHttp.Answer answer = create(hosts);
            assertEquals(400, answer.status(), hosts + ": " + answer.body());
            assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), hosts.toString());
            JsonObject problem = new JsonObject(answer.body());
            assertEquals(400, problem.getInteger("status"));
            assertEquals(PATH, problem.getString("instance"));
            assertFalse(problem.getString("requestId").isEmpty());
        }
        assertEquals(before, municipalities());
    }

    @Test
    void shouldRefuseABadHostOnAReadAtOnce() throws IOException {
        RawHttp.Answer answer = RawHttp.get(RestAssured.port, PATH, "x%41");
        assertEquals(400, answer.status(), answer.body());
        assertEquals(200, RawHttp.get(RestAssured.port, PATH, "localhost:" + RestAssured.port).status());
    }

    @Test
    void shouldNeverNameTheClientsHostInLocation() {
        // 127.0.0.1 is a trusted proxy here, so Quarkus itself would believe these forwarding headers.
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .header("Host", "evil.example")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "host=evil.example;proto=https")
                .body("""
                        {"name": "Gastburg", "kind": "CITY", "country": "DE"}""")
                .post(PATH)
                .then().statusCode(201)
                .header("Location", startsWith("http://127.0.0.1:" + RestAssured.port + PATH + "/"))
                .header("Location", not(Matchers.containsString("evil")));
    }
}
