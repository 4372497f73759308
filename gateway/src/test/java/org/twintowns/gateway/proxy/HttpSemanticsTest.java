package org.twintowns.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.http.HttpDates;
import org.twintowns.testing.TestTokens;

/**
 * What passes the gateway and what does not: end-to-end headers, status codes and bodies pass
 * unchanged; headers about one connection (RFC 9110, section 7.6.1) and a client's own forwarding
 * claims do not; the gateway dates its answers and never lets a broken answer look complete.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class HttpSemanticsTest {

    @Test
    void shouldPassConditionalRequestsAndNonJsonBodiesThrough() {
        given().get("/api/v1/echo/conditional")
                .then().statusCode(200)
                .header("ETag", "\"v7\"")
                .contentType("text/calendar; charset=utf-8")
                .body(equalTo(StubServices.CALENDAR));
        given().header("If-None-Match", "\"v7\"").get("/api/v1/echo/conditional")
                .then().statusCode(304)
                .header("ETag", "\"v7\"")
                .body(emptyString());
        given().auth().oauth2(TestTokens.admin()).header("If-Match", "\"v6\"").body("x")
                .put("/api/v1/echo/conditional")
                .then().statusCode(412);
        given().head("/api/v1/echo/conditional")
                .then().statusCode(200)
                .header("Content-Length", String.valueOf(StubServices.CALENDAR.length()))
                .body(emptyString());
    }

    @Test
    void shouldReplaceTheForwardingHeadersAClientSends() {
        given().header("X-Forwarded-For", "203.0.113.66")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Real-IP", "203.0.113.66")
                .header("Forwarded", "for=203.0.113.66;host=evil.example")
                .get("/api/v1/echo/spoofed")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                // No public base URL is configured in tests: the gateway's own address stands in for it.
                .body("headers.x-forwarded-host", equalTo("127.0.0.1:" + RestAssured.port))
                .body("headers.x-real-ip", nullValue())
                .body("headers.forwarded", equalTo("for=\"127.0.0.1\";proto=http;host=\"127.0.0.1:" + RestAssured.port + "\""));
    }

    @Test
    void shouldPassNoTraceContextOrBaggageOfTheClientToTheService() {
        // Tracing is off here: with it on, the gateway sends its own traceparent instead (TracingIT).
        given().header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .header("tracestate", "vendor=client")
                .header("baggage", "userId=alice")
                .header("X-Request-ID", "trace-context-test")
                .get("/api/v1/echo/traced")
                .then().statusCode(200)
                .body("headers.traceparent", nullValue())
                .body("headers.tracestate", nullValue())
                .body("headers.baggage", nullValue())
                .body("headers.x-request-id", equalTo("trace-context-test"));
    }

    @Test
    void shouldNotPassHeadersAboutTheClientsConnectionOn() throws IOException {
        JsonObject headers;
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /api/v1/echo/hop HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: keep-alive, X-Hop\r\nX-Hop: for this connection only\r\nKeep-Alive: timeout=5\r\n"
                    + "TE: trailers\r\nX-Kept: end to end\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            assertTrue(readLine(in).startsWith("HTTP/1.1 200 "));
            int length = -1;
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring("content-length:".length()).trim());
                }
            }
            headers = new JsonObject(new String(in.readNBytes(length), StandardCharsets.UTF_8)).getJsonObject("headers");
        }
        assertEquals("end to end", headers.getString("x-kept"));
        assertNull(headers.getString("x-hop"));
        assertNull(headers.getString("keep-alive"));
        assertNull(headers.getString("te"));
        assertFalse(headers.containsKey("connection") && headers.getString("connection").contains("X-Hop"));
        // The service is addressed by its own name; X-Forwarded-Host names the gateway, never the client's Host.
        assertEquals("127.0.0.1:" + RestAssured.port, headers.getString("x-forwarded-host"));
        assertTrue(headers.getString("host").startsWith("127.0.0.1:"), headers.getString("host"));
    }

    @Test
    void shouldNotPassTheServicesConnectionHeadersOrItsOwnCorsAndRateLimitHeadersBack() {
        var response = given().get("/api/v1/echo/connection-headers")
                .then().statusCode(200)
                .header("X-Kept", "end to end")
                .header("X-Internal", nullValue())
                .header("Keep-Alive", nullValue())
                .header("Access-Control-Allow-Origin", nullValue())
                .extract().response();
        // The gateway's own limit (test profile), once; not the service's "1".
        assertEquals(1, response.headers().getValues("RateLimit-Limit").size());
        assertEquals("1000000", response.header("RateLimit-Limit"));
    }

    @Test
    void shouldDateItsAnswers() {
        String date = given().get("/api/v1/echo/dated").then().statusCode(200).extract().header("Date");
        Instant parsed = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertTrue(Duration.between(parsed, Instant.now()).abs().getSeconds() < 5, date);
        assertEquals(date, HttpDates.IMF_FIXDATE.format(parsed), "IMF-fixdate, two-digit day");
        assertEquals(1, given().get("/api/v1/echo/dated").then().extract().headers().getValues("Date").size());
    }

    @Test
    void shouldNeverLetAnAnswerTheServiceBrokeOffLookComplete() throws IOException {
        byte[] answer = exchangeBytes("GET /api/v1/echo/broken-body HTTP/1.1\r\nHost: localhost\r\n\r\n");
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("HTTP/1.1 200 "), text.lines().findFirst().orElse(""));
        assertTrue(text.contains("transfer-encoding: chunked") || text.contains("Transfer-Encoding: chunked"));
        // A chunked body is complete only with its last, empty chunk: the gateway closes instead.
        assertFalse(text.endsWith("\r\n0\r\n\r\n"), "the broken answer ended like a complete one");
    }

    @Test
    void shouldAnswer502WhenTheServiceBreaksOffAShortAnswer() {
        // A short answer is read whole before anything is sent: so the client can be told plainly.
        given().get("/api/v1/echo/broken-short-body")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .header("Content-Length", not(equalTo("10000")))
                .body("status", equalTo(502));
    }

    @Test
    void shouldStreamAnAnswerOfUnknownLengthToAnHttp10Client() throws IOException {
        byte[] answer = exchangeBytes("GET /api/v1/big HTTP/1.0\r\nHost: localhost\r\n\r\n");
        String head = head(answer);
        assertTrue(head.startsWith("HTTP/1.0 200 ") || head.startsWith("HTTP/1.1 200 "), head);
        assertFalse(head.toLowerCase(Locale.ROOT).contains("chunked"), head);
        assertEquals(StubServices.BIG_BODY_BYTES, answer.length - head.length() - 4);
    }

    @Test
    void shouldAnswer100ContinueAndThenPassTheBodyOn() throws IOException {
        String marker = UUID.randomUUID().toString();
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/upload/" + marker + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: Bearer " + TestTokens.admin() + "\r\n"
                    + "Content-Type: text/plain\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertEquals("HTTP/1.1 100 Continue", readLine(in));
            assertEquals("", readLine(in));
            out.write("hello".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
            assertEquals(5, new JsonObject(body(answer)).getLong("bytes"));
        }
    }

    /** Sends a raw request and reads until the gateway closes the connection (or resets it). */
    private static byte[] exchangeBytes(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            try {
                InputStream in = socket.getInputStream();
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    received.write(buffer, 0, n);
                }
            } catch (SocketException reset) {
                // A reset ends the answer as surely as a close.
            }
            return received.toByteArray();
        }
    }

    private static String head(byte[] answer) {
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        assertTrue(end > 0, "no end of the header section");
        return text.substring(0, end);
    }

    private static String body(String answer) {
        return answer.substring(answer.indexOf("\r\n\r\n") + 4);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
