package org.twintowns.gateway.cors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.gateway.proxy.StubServices;
import org.twintowns.testing.TestTokens;

@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class CorsPolicyTest {

    private static final String APP = "https://app.twintowns.test";

    @Test
    void shouldAnswerPreflightOfAllowedOriginAtTheGateway() {
        String marker = UUID.randomUUID().toString();
        given().header("Origin", APP)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization, if-match, content-type")
                .options("/api/v1/echo/" + marker)
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Max-Age", "600")
                .header("Vary", containsString("Origin"));
        assertEquals(0, StubServices.received(marker).size());
    }

    @Test
    void shouldRefusePreflightOfOtherOriginsWithoutCorsHeaders() {
        String marker = UUID.randomUUID().toString();
        assertProblem(given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/echo/" + marker).then(), 403)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
        assertEquals(0, StubServices.received(marker).size());
    }

    @Test
    void shouldNameAllowedOriginOnProxiedAnswersAndExposeHeaders() {
        given().header("Origin", APP).get("/api/v1/echo/cors")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"))
                .body("method", equalTo("GET"));
    }

    @Test
    void shouldPutCorsHeadersOnRefusalsSoFrontendsCanReadThem() {
        assertProblem(given().header("Origin", APP).post("/api/v1/echo/cors").then(), 401)
                .header("Access-Control-Allow-Origin", APP);
    }

    @Test
    void shouldPutCorsHeadersOnTheAnswerToAnOversizedBody() throws IOException {
        // Declared, not sent: the gateway refuses on the declaration alone (limit 25M), then closes the connection.
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/upload HTTP/1.1\r\nHost: localhost\r\nOrigin: " + APP
                    + "\r\nContent-Type: application/octet-stream\r\nContent-Length: 30000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
            assertTrue(head.startsWith("HTTP/1.1 413 "), answer);
            assertTrue(head.toLowerCase(Locale.ROOT).contains("access-control-allow-origin: " + APP), head);
        }
    }

    @Test
    void shouldGiveOtherOriginsNoCorsHeaders() {
        given().header("Origin", "https://evil.example").get("/api/v1/echo/cors")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Vary", containsString("Origin"));
        given().get("/api/v1/echo/cors").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Vary", containsString("Origin"));
    }

    @Test
    void shouldPassPlainOptionsWithoutPreflightToTheService() {
        given().header("Origin", APP).options("/api/v1/echo/plain")
                .then().statusCode(200)
                .body("method", equalTo("OPTIONS"))
                .header("Access-Control-Allow-Origin", APP);
    }
}
