package org.twintowns.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twintowns.testing.ConditionalWriteRace;
import org.twintowns.testing.TestTokens;

/**
 * Webhooks end to end, through the gateway, to real receivers in processes of their own that verify
 * every signature with the {@code standardwebhooks} package and read every event with the CloudEvents
 * JavaScript SDK: every event type arrives signed, once per write, in order per resource; the loser of
 * a write race sends nothing; an embargoed press release is announced when its embargo ends; a failing
 * receiver is retried, then disabled, and gets everything again by redelivery; an SSRF target is refused.
 */
@ExtendWith(PlatformExtension.class)
class WebhooksIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static WebhookReceiver receiver;
    private static WebhookReceiver failing;

    @BeforeAll
    static void startReceivers() throws Exception {
        Path root = Path.of(System.getProperty("tt.root", "..")).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("node_modules/standardwebhooks")),
                "node_modules lacks standardwebhooks: the build ran with -Dnode.skip");
        Path logs = Path.of(System.getProperty("tt.logs", "target/e2e-logs")).toAbsolutePath();
        Files.createDirectories(logs);
        receiver = WebhookReceiver.start(logs, "accepting");
        failing = WebhookReceiver.start(logs, "failing");
    }

    @AfterAll
    static void stopReceivers() {
        if (receiver != null) {
            receiver.close();
        }
        if (failing != null) {
            failing.close();
        }
    }

    @Test
    void shouldDeliverEveryTypeSignedOnceAndInOrderPerResource() throws Exception {
        String path = "/all-" + tag();
        receiver.secrets(subscribe(receiver.url(path), List.of("*")).getString("secret"));

        String town = municipality("Hakenstadt");
        String twin = municipality("Zwillingsdorf");
        String other = municipality("Aufgehstadt");
        replaceMunicipality(town);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .header("If-Match", etag("/api/v1/municipalities/" + other))
                .body("{\"into\": \"" + town + "\", \"on\": \"2019-01-01\"}")
                .post("/api/v1/municipalities/" + other + "/merge").then().statusCode(200);
        String partnership = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"type\": \"TWINNING\", \"participants\": [{\"municipalityId\": \"" + town + "\"}, "
                        + "{\"municipalityId\": \"" + twin + "\"}], \"establishedOn\": \"1990-05-01\", "
                        + "\"sourceName\": \"Stadt Hakenstadt\"}")
                .post("/api/v1/partnerships").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .header("If-Match", etag("/api/v1/partnerships/" + partnership))
                .body("{\"kind\": \"SUSPENDED\", \"occurredOn\": \"2022-03-01\", \"reason\": \"Ausgesetzt\"}")
                .post("/api/v1/partnerships/" + partnership + "/lifecycle").then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .header("If-Match", etag("/api/v1/partnerships/" + partnership))
                .body("{\"type\": \"TWINNING\", \"participants\": [{\"municipalityId\": \"" + town + "\"}, "
                        + "{\"municipalityId\": \"" + twin + "\"}], \"title\": \"Freundschaft " + tag() + "\", "
                        + "\"sourceName\": \"Stadt Hakenstadt\"}")
                .put("/api/v1/partnerships/" + partnership).then().statusCode(200);
        Map<String, Object> event = event(town);
        String eventId = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(event)
                .post("/api/v1/events").then().statusCode(201).extract().path("id");
        event.put("venue", "Rathaus, großer Saal");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .header("If-Match", etag("/api/v1/events/" + eventId)).body(event)
                .put("/api/v1/events/" + eventId).then().statusCode(200);
        eventStatus(eventId, "POSTPONED");
        eventStatus(eventId, "CANCELLED");
        String news = news(town, "PUBLISHED");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .header("If-Match", etag("/api/v1/news/" + news)).body(newsBody(town, "Neu gefasst " + tag(), ""))
                .put("/api/v1/news/" + news).then().statusCode(200);
        newsStatus(news, "{\"status\": \"WITHDRAWN\"}");
        String embargoed = news(town, null);
        OffsetDateTime embargo = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        newsStatus(embargoed, "{\"status\": \"SCHEDULED\", \"publishAt\": \"" + embargo + "\"}");

        Set<String> types = Set.of("municipality.created", "municipality.updated", "municipality.merged",
                "partnership.created", "partnership.updated", "partnership.status-changed", "event.created",
                "event.updated", "event.status-changed", "event.cancelled", "news.published", "news.updated",
                "news.withdrawn");
        List<Map<String, Object>> got = receiver.await(all -> ofPath(all, path).stream()
                .filter(d -> embargoed.equals(d.get("subject"))).count() == 1
                && ofPath(all, path).stream().map(d -> d.get("type")).collect(Collectors.toSet()).containsAll(types),
                PATIENCE, "every type, and the embargoed release");
        Thread.sleep(1500);
        List<Map<String, Object>> mine = ofPath(receiver.deliveries(), path);

        for (Map<String, Object> d : mine) {
            assertEquals(true, d.get("verified"), "signature, by the standardwebhooks package: " + d);
            assertEquals(null, d.get("parseError"), "read by the CloudEvents SDK: " + d);
            assertEquals("application/cloudevents+json", d.get("contentType"));
            assertEquals(d.get("id"), d.get("webhookId"), "webhook-id is the event's id");
        }
        assertEquals(mine.size(), mine.stream().map(d -> d.get("webhookId")).distinct().count(),
                "an event was delivered twice to an accepting receiver");
        Map<Object, List<String>> bySubject = new HashMap<>();
        mine.forEach(d -> bySubject.computeIfAbsent(d.get("subject"), s -> new ArrayList<>())
                .add((String) d.get("sequence")));
        bySubject.forEach((subject, sequences) -> assertEquals(new ArrayList<>(new TreeSet<>(sequences)), sequences,
                "the events about " + subject + " arrived out of order"));
        // Once per write: the town was created, replaced and merged into, nothing else.
        assertEquals(List.of("municipality.created", "municipality.updated"), typesOf(mine, town).subList(0, 2));
        assertEquals(List.of("event.created", "event.updated", "event.status-changed", "event.cancelled"),
                typesOf(mine, eventId));
        assertEquals(List.of("news.published", "news.updated", "news.withdrawn"), typesOf(mine, news));
        Map<String, Object> announced = mine.stream().filter(d -> embargoed.equals(d.get("subject"))).findFirst()
                .orElseThrow();
        assertEquals("news.published", announced.get("type"));
        assertTrue(((Number) announced.get("receivedAt")).longValue() >= embargo.toInstant().toEpochMilli(),
                "announced before its embargo ended");
        assertEquals(embargo.toInstant(), OffsetDateTime.parse((String) announced.get("time")).toInstant());
    }

    @Test
    void shouldSendNothingForTheLosersOfAWriteRace() throws Exception {
        String path = "/race-" + tag();
        receiver.secrets(subscribe(receiver.url(path), List.of("news.*")).getString("secret"));
        String town = municipality("Wettstadt");
        String news = news(town, "PUBLISHED");
        String etag = etag("/api/v1/news/" + news);
        int winner = ConditionalWriteRace.oneWins(4, i -> given().auth().oauth2(TestTokens.admin())
                .contentType(ContentType.JSON).header("If-Match", etag).body(newsBody(town, "Fassung " + i, ""))
                .put("/api/v1/news/" + news).then().extract());

        receiver.await(all -> typesOf(ofPath(all, path), news).contains("news.updated"), PATIENCE, "the update");
        Thread.sleep(2000);
        List<Map<String, Object>> about = ofPath(receiver.deliveries(), path).stream()
                .filter(d -> news.equals(d.get("subject"))).toList();
        assertEquals(List.of("news.published", "news.updated"), about.stream().map(d -> d.get("type")).toList());
        assertEquals("Fassung " + winner, ((Map<?, ?>) about.get(1).get("data")).get("headline"));
    }

    @Test
    void shouldRetryAFailingReceiverDisableItAndRedeliverOnceItIsBack() throws Exception {
        String path = "/failing-" + tag();
        failing.answer(503);
        JsonPath subscription = subscribe(failing.url(path), List.of("news.published"));
        String id = subscription.getString("id");
        failing.secrets(subscription.getString("secret"));
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).toString();
        String news = news(municipality("Fehlstadt"), "PUBLISHED");

        // Platform.WEBHOOK_RETRIES: three attempts, then the subscription is disabled.
        List<Map<String, Object>> attempts = failing.await(all -> ofPath(all, path).size() >= 3, PATIENCE,
                "three attempts");
        JsonPath disabled = awaitState(id, "DISABLED");
        assertTrue(disabled.getString("disabledReason") != null && !disabled.getString("disabledReason").isBlank());
        List<Map<String, Object>> tried = ofPath(attempts, path);
        assertEquals(1, tried.stream().map(d -> d.get("webhookId")).distinct().count(), "one event, retried");
        assertTrue(tried.stream().allMatch(d -> Boolean.TRUE.equals(d.get("verified"))
                && news.equals(d.get("subject"))), tried.toString());
        JsonPath log = given().auth().oauth2(TestTokens.admin()).get("/api/v1/webhooks/" + id + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("FAILED", log.getString("items[0].state"));
        assertEquals(List.of(503, 503, 503), log.getList("items[0].attemptLog.statusCode"));
        Thread.sleep(1500);
        assertEquals(3, ofPath(failing.deliveries(), path).size(), "a disabled subscription gets nothing more");

        failing.answer(204);
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/webhooks/" + id + "/enable").then().statusCode(200)
                .body("state", equalTo("ACTIVE"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("since", since))
                .post("/api/v1/webhooks/" + id + "/redeliveries").then().statusCode(202);
        failing.await(all -> ofPath(all, path).stream().anyMatch(d -> Integer.valueOf(204).equals(d.get("answered"))),
                PATIENCE, "the redelivery");
        String deliveryId = given().auth().oauth2(TestTokens.admin()).get("/api/v1/webhooks/" + id + "/deliveries")
                .then().statusCode(200).extract().path("items[0].id");
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId
                + "/redeliver").then().statusCode(202);
        List<Map<String, Object>> accepted = failing.await(all -> ofPath(all, path).stream()
                .filter(d -> Integer.valueOf(204).equals(d.get("answered"))).count() >= 2, PATIENCE,
                "one more redelivery");
        assertEquals(Set.of(tried.get(0).get("webhookId")), ofPath(accepted, path).stream()
                .map(d -> d.get("webhookId")).collect(Collectors.toSet()), "a redelivery keeps the webhook-id");
    }

    @Test
    void shouldRefuseUrlsThatReachInside() {
        for (String url : List.of("https://169.254.169.254/latest/meta-data/", "https://10.0.0.1/hook",
                "https://192.168.1.1/hook", "https://[::1]/hook", "https://localhost:8443/hook",
                "http://203.0.113.10/hook", "https://0.0.0.0/hook")) {
            Response refused = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("url", url, "types", List.of("*"))).post("/api/v1/webhooks");
            assertEquals(400, refused.statusCode(), url + ": " + refused.asString());
            assertEquals("url", refused.path("errors[0].field"), url + ": " + refused.asString());
        }
    }

    private static JsonPath subscribe(String url, List<String> types) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("url", url, "types", types, "description", "end-to-end receiver"))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath awaitState(String id, String state) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonPath subscription;
        do {
            subscription = given().auth().oauth2(TestTokens.admin()).get("/api/v1/webhooks/" + id)
                    .then().statusCode(200).extract().jsonPath();
            if (state.equals(subscription.getString("state"))) {
                return subscription;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("webhook " + id + " is not " + state + ": " + subscription.prettify());
    }

    private static String municipality(String name) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + " " + tag() + "\", \"kind\": \"CITY\", \"country\": \"DE\"}")
                .post("/api/v1/municipalities").then().statusCode(201).extract().path("id");
    }

    private static void replaceMunicipality(String id) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .header("If-Match", etag("/api/v1/municipalities/" + id))
                .body("{\"name\": \"Umbenannt " + tag() + "\", \"kind\": \"CITY\", \"country\": \"DE\"}")
                .put("/api/v1/municipalities/" + id).then().statusCode(200);
    }

    private static Map<String, Object> event(String organizer) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(40).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> event = new HashMap<>();
        event.put("title", Map.of("de", "Sommerschule " + tag()));
        event.put("kind", "SUMMER_SCHOOL");
        event.put("attendanceMode", "IN_PERSON");
        event.put("venue", "Rathaus");
        event.put("startsAt", start.toString());
        event.put("endsAt", start.plusHours(6).toString());
        event.put("timeZone", "Europe/Berlin");
        event.put("organizers", List.of(organizer));
        return event;
    }

    private static void eventStatus(String id, String status) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .header("If-Match", etag("/api/v1/events/" + id)).body(Map.of("status", status, "reason", "Test"))
                .post("/api/v1/events/" + id + "/status").then().statusCode(200);
    }

    private static String news(String issuer, String status) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(newsBody(issuer, "Meldung " + tag(), status == null ? "" : ", \"status\": \"" + status + "\""))
                .post("/api/v1/news").then().statusCode(201).extract().path("id");
    }

    private static void newsStatus(String id, String body) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .header("If-Match", etag("/api/v1/news/" + id)).body(body)
                .post("/api/v1/news/" + id + "/status").then().statusCode(200);
    }

    private static String newsBody(String issuer, String headline, String extra) {
        return """
                {"headline": "%s", "lead": "Kurz.", "body": "<p>Text.</p>", "language": "de",
                 "issuerMunicipalityId": "%s"%s}""".formatted(headline, issuer, extra);
    }

    private static String etag(String path) {
        return given().auth().oauth2(TestTokens.admin()).get(path).then().statusCode(200).extract().header("ETag");
    }

    private static List<Map<String, Object>> ofPath(List<Map<String, Object>> deliveries, String path) {
        return deliveries.stream().filter(d -> path.equals(d.get("path"))).toList();
    }

    private static List<String> typesOf(List<Map<String, Object>> deliveries, String subject) {
        return deliveries.stream().filter(d -> subject.equals(d.get("subject")))
                .map(d -> (String) d.get("type")).toList();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
