package org.twintowns.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twintowns.system.TraceCollector.ReceivedSpan;
import org.twintowns.testing.TestTokens;

/**
 * One request, one trace across the platform: the gateway's spans, the service's, the downstream
 * service's it calls, and their SQL statements, linked parent to child by the W3C trace context
 * each passes on, with the request id beside the trace id in spans and log lines. The spans are
 * read as exported over OTLP (TraceCollector).
 */
@ExtendWith(PlatformExtension.class)
class TracingIT {

    private static final Duration EXPORT_TIMEOUT = Duration.ofSeconds(15);
    private static final String REQUEST_ID_ATTRIBUTE = "http.request.header.x-request-id";

    @Test
    void shouldTraceAWriteThroughTheGatewayTheServiceItsReferenceCheckAndTheirDatabases(Platform platform)
            throws InterruptedException {
        String leipzig = createMunicipality("Leipzig");
        String traceId = randomHex(16);
        String clientSpanId = randomHex(8);
        String requestId = "trace-e2e-" + UUID.randomUUID();

        // events-service checks the organizer with partnerships-service before it stores the event.
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .header("traceparent", traceparent(traceId, clientSpanId, true))
                .header("X-Request-ID", requestId)
                .body(onlineEvent(leipzig))
                .post("/api/v1/events")
                .then().statusCode(201);

        List<ReceivedSpan> trace = platform.traces().awaitTrace(traceId, spans ->
                has(spans, "gateway", "SERVER") && has(spans, "gateway", "CLIENT")
                        && has(spans, "events-service", "SERVER") && has(spans, "events-service", "CLIENT")
                        && has(spans, "partnerships-service", "SERVER")
                        && hasDatabaseSpan(spans, "events-service") && hasDatabaseSpan(spans, "partnerships-service")
                        && connected(spans, clientSpanId),
                EXPORT_TIMEOUT);

        // The client's span is the parent of the gateway's; the gateway passes on its own context.
        ReceivedSpan edge = only(trace, span -> span.service().equals("gateway") && span.kind().equals("SERVER"));
        assertEquals(clientSpanId, edge.parentSpanId(), "the gateway continues the client's trace");
        ReceivedSpan proxied = only(trace, span -> span.service().equals("gateway") && span.kind().equals("CLIENT"));
        assertEquals(edge.spanId(), proxied.parentSpanId());
        ReceivedSpan events = only(trace, span -> span.service().equals("events-service") && span.kind().equals("SERVER"));
        assertEquals(proxied.spanId(), events.parentSpanId(), "events-service continues the gateway's span");

        // events-service's reference check: its client span is the parent of partnerships-service's.
        ReceivedSpan check = trace.stream()
                .filter(span -> span.service().equals("partnerships-service") && span.kind().equals("SERVER"))
                .findFirst().orElseThrow();
        ReceivedSpan caller = byId(trace, check.parentSpanId())
                .orElseThrow(() -> new AssertionError("the parent of " + check + " is not in the trace"));
        assertEquals("events-service", caller.service());
        assertEquals("CLIENT", caller.kind());
        assertTrue(descendsFrom(trace, caller, events), "the reference check happens within the events request");

        // Every SQL statement of the request hangs under a server span of its own service.
        for (ReceivedSpan statement : trace.stream().filter(TracingIT::isDatabaseSpan).toList()) {
            assertTrue(trace.stream().anyMatch(server -> server.kind().equals("SERVER")
                    && server.service().equals(statement.service()) && descendsFrom(trace, statement, server)),
                    statement + " is not within a request of " + statement.service());
            assertEquals("postgresql", databaseSystem(statement), statement.toString());
        }

        // The request id is passed on beside the trace context, to the downstream service too.
        for (ReceivedSpan server : List.of(edge, events, check)) {
            assertEquals("[" + requestId + "]", server.attributes().get(REQUEST_ID_ATTRIBUTE), server.toString());
        }
        platform.service("events").awaitLogLine("rid=" + requestId + " trace=" + traceId);
        platform.service("partnerships").awaitLogLine("rid=" + requestId + " trace=" + traceId);
    }

    @Test
    void shouldTraceBothReferenceChecksOfAPressRelease(Platform platform) throws InterruptedException {
        String jena = createMunicipality("Jena");
        String event = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(onlineEvent(jena))
                .post("/api/v1/events")
                .then().statusCode(201).extract().path("id");
        String traceId = randomHex(16);
        String clientSpanId = randomHex(8);

        // news-service checks the issuer with partnerships-service and the event with events-service.
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .header("traceparent", traceparent(traceId, clientSpanId, true))
                .body("""
                        {"headline": "Jena lädt zum Delegationsbesuch %s", "body": "<p>Eine Delegation besucht Jena.</p>",
                         "language": "de", "status": "PUBLISHED", "issuerName": "Stadt Jena",
                         "issuerMunicipalityId": "%s", "relatedEventIds": ["%s"]}""".formatted(UUID.randomUUID(), jena, event))
                .post("/api/v1/news")
                .then().statusCode(201);

        List<ReceivedSpan> trace = platform.traces().awaitTrace(traceId, spans ->
                has(spans, "news-service", "SERVER") && has(spans, "partnerships-service", "SERVER")
                        && has(spans, "events-service", "SERVER") && hasDatabaseSpan(spans, "news-service")
                        && connected(spans, clientSpanId),
                EXPORT_TIMEOUT);

        ReceivedSpan news = only(trace, span -> span.service().equals("news-service") && span.kind().equals("SERVER"));
        for (String downstream : List.of("partnerships-service", "events-service")) {
            ReceivedSpan server = trace.stream()
                    .filter(span -> span.service().equals(downstream) && span.kind().equals("SERVER"))
                    .findFirst().orElseThrow();
            ReceivedSpan call = byId(trace, server.parentSpanId()).orElseThrow();
            assertEquals("news-service", call.service(), server.toString());
            assertEquals("CLIENT", call.kind(), server.toString());
            assertTrue(descendsFrom(trace, call, news), call + " is not within the news request");
        }
    }

    @Test
    void shouldTraceTheDossierFanOutToEveryService(Platform platform) throws InterruptedException {
        String jena = createMunicipality("Jena");
        String traceId = randomHex(16);
        // A client that says "not sampled" is traced all the same: the gateway's sampler decides.
        String clientSpanId = randomHex(8);
        given().header("traceparent", traceparent(traceId, clientSpanId, false))
                .get("/api/v1/municipalities/" + jena + "/dossier")
                .then().statusCode(200);

        // One section per call: municipality, partnerships, upcoming and recent events, news. Each
        // application exports in batches of its own: wait for all of them.
        List<ReceivedSpan> trace = platform.traces().awaitTrace(traceId, spans ->
                has(spans, "gateway", "SERVER") && count(spans, "gateway", "CLIENT") >= 5
                        && spans.stream().filter(span -> !span.service().equals("gateway") && span.kind().equals("SERVER"))
                                .count() >= 5 && connected(spans, clientSpanId), EXPORT_TIMEOUT);

        ReceivedSpan edge = only(trace, span -> span.service().equals("gateway") && span.kind().equals("SERVER"));
        List<ReceivedSpan> servers = trace.stream()
                .filter(span -> !span.service().equals("gateway") && span.kind().equals("SERVER")).toList();
        assertEquals(5, servers.size(), servers.toString());
        for (ReceivedSpan server : servers) {
            ReceivedSpan call = byId(trace, server.parentSpanId())
                    .orElseThrow(() -> new AssertionError("the parent of " + server + " is not in the trace"));
            assertEquals("gateway", call.service());
            assertEquals("CLIENT", call.kind());
            assertTrue(descendsFrom(trace, call, edge));
        }
        assertEquals(Map.of("events-service", 2L, "news-service", 1L, "partnerships-service", 2L),
                servers.stream().collect(Collectors.groupingBy(ReceivedSpan::service, Collectors.counting())));
    }

    @Test
    void shouldStartATraceAtTheGatewayForAClientWithoutOne(Platform platform) throws InterruptedException {
        String requestId = "trace-root-" + UUID.randomUUID();
        given().header("X-Request-ID", requestId).get("/api/v1/news/" + UUID.randomUUID())
                .then().statusCode(404);
        String traceId = platform.service("news")
                .awaitLog(Pattern.compile("rid=" + Pattern.quote(requestId) + " trace=([0-9a-f]{32})")).group(1);
        List<ReceivedSpan> trace = platform.traces().awaitTrace(traceId, spans ->
                has(spans, "gateway", "SERVER") && has(spans, "news-service", "SERVER"), EXPORT_TIMEOUT);
        ReceivedSpan edge = only(trace, span -> span.service().equals("gateway") && span.kind().equals("SERVER"));
        assertTrue(edge.isRoot(), edge.toString());
        assertNotEquals("00000000000000000000000000000000", traceId);
    }

    private static String createMunicipality(String name) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"name": "%s %s", "kind": "CITY", "country": "DE"}""".formatted(name, UUID.randomUUID()))
                .post("/api/v1/municipalities")
                .then().statusCode(201).extract().path("id");
    }

    /** An online conference the municipality organizes: events-service checks the organizer with partnerships-service. */
    private static String onlineEvent(String organizer) {
        return """
                {"title": {"de": "Tracing-Konferenz"}, "kind": "CONFERENCE", "attendanceMode": "ONLINE",
                 "startsAt": "2027-05-01T09:00:00+02:00", "endsAt": "2027-05-01T16:00:00+02:00",
                 "timeZone": "Europe/Berlin", "joinUrl": "https://konferenz.example.org/tracing",
                 "organizers": ["%s"]}""".formatted(organizer);
    }

    /** A W3C traceparent header (version 00) naming the client's span, sampled or not. */
    private static String traceparent(String traceId, String spanId, boolean sampled) {
        return "00-" + traceId + "-" + spanId + (sampled ? "-01" : "-00");
    }

    private static boolean has(List<ReceivedSpan> spans, String service, String kind) {
        return count(spans, service, kind) > 0;
    }

    private static long count(List<ReceivedSpan> spans, String service, String kind) {
        return spans.stream().filter(span -> span.service().equals(service) && span.kind().equals(kind)).count();
    }

    /** Whether every span's parent has arrived too: the client's span, or one in the trace. */
    private static boolean connected(List<ReceivedSpan> spans, String clientSpanId) {
        return spans.stream().allMatch(span -> span.parentSpanId().equals(clientSpanId) || byId(spans, span.parentSpanId()).isPresent());
    }

    private static boolean hasDatabaseSpan(List<ReceivedSpan> spans, String service) {
        return spans.stream().anyMatch(span -> span.service().equals(service) && isDatabaseSpan(span));
    }

    /**
     * A SQL statement sent to the database: a client span with OpenTelemetry's database attributes, old
     * (db.system) or new (db.system.name). Taking a connection from the pool is an internal span.
     */
    private static boolean isDatabaseSpan(ReceivedSpan span) {
        return span.kind().equals("CLIENT") && databaseSystem(span) != null;
    }

    private static String databaseSystem(ReceivedSpan span) {
        return Optional.ofNullable(span.attributes().get("db.system.name")).orElse(span.attributes().get("db.system"));
    }

    private static ReceivedSpan only(List<ReceivedSpan> trace, Predicate<ReceivedSpan> which) {
        List<ReceivedSpan> found = trace.stream().filter(which).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static Optional<ReceivedSpan> byId(List<ReceivedSpan> trace, String spanId) {
        return trace.stream().filter(span -> span.spanId().equals(spanId)).findFirst();
    }

    /** Whether {@code ancestor} is {@code span} or one of its parents, grandparents, ... in the trace. */
    private static boolean descendsFrom(List<ReceivedSpan> trace, ReceivedSpan span, ReceivedSpan ancestor) {
        Optional<ReceivedSpan> current = Optional.of(span);
        while (current.isPresent()) {
            if (current.get().spanId().equals(ancestor.spanId())) {
                return true;
            }
            current = byId(trace, current.get().parentSpanId());
        }
        return false;
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        value[0] |= 1; // never all zeros, which W3C trace context forbids
        return HexFormat.of().formatHex(value);
    }
}
