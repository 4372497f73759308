package org.twintowns.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.RawHttp;
import org.twintowns.testing.TestTokens;

/**
 * A request whose Host is not one plain authority (RFC 9110, 7.2) gets a 400 problem at once, from
 * the gateway itself, whether the service behind the path is up or down; no service sees it.
 */
@QuarkusTest
// The same test resources as the other gateway tests: Quarkus starts the gateway once for all of them.
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class HostHeaderTest {

    private static final List<String> PATHS = List.of("/api/v1/echo/refused-host", "/api/v1/down/refused-host",
            "/api/v1/municipalities/refused-host/dossier", "/refused-host");

    private static void assertRefused(RawHttp.Answer answer, String path, String what) {
        assertEquals(400, answer.status(), what + " " + path + ": " + answer.body());
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), what);
        JsonObject problem = new JsonObject(answer.body());
        assertEquals(400, problem.getInteger("status"));
        assertEquals(path, problem.getString("instance"));
        // Some values Vert.x itself cannot parse (a@b, x%4, a bad port) are refused before the request
        // id filter runs; the rest by HostHeaderCheck. Either way a problem, at once.
        assertFalse(problem.getString("detail").isEmpty());
    }

    @Test
    void shouldRefuseAMalformedHostAtOnceWhetherTheServiceIsUpOrDown() throws IOException {
        for (String path : PATHS) {
            for (String host : List.of("x%41", "x%4", ":80", "a@b", "a b", "", "h".repeat(300), "[::1", "x:99999")) {
                assertRefused(RawHttp.get(RestAssured.port, path, host), path, "Host: " + host);
            }
        }
        assertEquals(List.of(), StubServices.received("/refused-host"));
    }

    @Test
    void shouldRefuseTwoHostHeadersAndNone() throws IOException {
        for (String path : PATHS) {
            assertRefused(RawHttp.get(RestAssured.port, path, "localhost", "evil.example"), path, "two Hosts");
            assertRefused(RawHttp.get(RestAssured.port, path), path, "no Host");
        }
    }

    @Test
    void shouldServeAPlainHostNameOrAddress() throws IOException {
        for (String host : List.of("localhost", "localhost:" + RestAssured.port, "127.0.0.1", "[::1]:8080",
                "api.twintowns.example")) {
            assertEquals(200, RawHttp.get(RestAssured.port, "/api/v1/echo/plain", host).status(), host);
        }
    }
}
