package org.twintowns.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twintowns.testing.TestTokens;

/**
 * Two integrators keep a copy of the public press releases through the gateway while editors write at
 * once: one syncs the list with updatedSince and syncedUntil (and learns of withdrawals from the feed),
 * the other follows the change feed alone. After a burst of concurrent creates, replaces and
 * withdrawals, both copies are exactly what the server lists.
 */
@ExtendWith(PlatformExtension.class)
class ChangeSyncIT {

    private static final String NEWS = "/api/v1/news";
    private static final String FEED = "/api/v1/changes/news";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");
    private static final int EDITORS = 4;
    private static final int ROUNDS = 6;

    @Test
    void shouldBringAListSyncAndAFeedFollowerToTheServersState() throws Exception {
        String issuer = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\": \"Syncstadt " + tag() + "\", \"kind\": \"CITY\", \"country\": \"DE\"}")
                .post("/api/v1/municipalities").then().statusCode(201).extract().path("id");
        // Both clients start from a full read, the feed's cursor taken before it.
        String cursor = feed("now", null).getString("next");
        Map<String, String> listCopy = new TreeMap<>();
        String syncedUntil = walk(Map.of("sort", "updatedAt", "size", 100), listCopy);
        Map<String, String> feedCopy = new TreeMap<>(listCopy);

        ExecutorService editors = Executors.newFixedThreadPool(EDITORS);
        List<Future<?>> work = new ArrayList<>();
        for (int e = 0; e < EDITORS; e++) {
            work.add(editors.submit(() -> {
                List<String> mine = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    mine.add(create(issuer));
                    replace(mine.get(round / 2), issuer);
                    if (round % 3 == 2) {
                        withdraw(mine.remove(0));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get(120, TimeUnit.SECONDS);
        }
        editors.shutdown();
        OffsetDateTime burstEnded = OffsetDateTime.now();

        // The list client: walks from its syncedUntil until the watermark is past the burst.
        do {
            syncedUntil = walk(Map.of("updatedSince", syncedUntil, "size", 100), listCopy);
            Thread.sleep(200);
        } while (OffsetDateTime.parse(syncedUntil).isBefore(burstEnded));
        for (Map<String, Object> event : all(cursor, "news.withdrawn")) {
            listCopy.remove(event.get("subject"));
        }
        // The feed client: applies every event in order.
        for (Map<String, Object> event : all(cursor, null)) {
            String id = (String) event.get("subject");
            if ("news.withdrawn".equals(event.get("type"))) {
                feedCopy.remove(id);
            } else {
                feedCopy.put(id, (String) ((Map<?, ?>) event.get("data")).get("updatedAt"));
            }
        }

        Map<String, String> server = new TreeMap<>();
        walk(Map.of("sort", "updatedAt", "size", 100), server);
        assertTrue(server.size() >= EDITORS * (ROUNDS - ROUNDS / 3), "the burst's items are listed: " + server.size());
        assertEquals(server, listCopy, "the list client's copy");
        assertEquals(server, feedCopy, "the feed client's copy");
    }

    private static String create(String issuer) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(item("Meldung " + tag(), issuer, ", \"status\": \"PUBLISHED\""))
                .post(NEWS).then().statusCode(201).extract().path("id");
    }

    private static void replace(String id, String issuer) {
        String etag = given().auth().oauth2(TestTokens.admin()).get(NEWS + "/" + id).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(item("Neu gefasst " + tag(), issuer, "")).put(NEWS + "/" + id).then().statusCode(200);
    }

    private static void withdraw(String id) {
        String etag = given().auth().oauth2(TestTokens.admin()).get(NEWS + "/" + id).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"status\": \"WITHDRAWN\"}").post(NEWS + "/" + id + "/status").then().statusCode(200);
    }

    private static String item(String headline, String issuer, String extra) {
        return """
                {"headline": "%s", "lead": "Kurz.", "body": "<p>Text.</p>", "language": "de",
                 "issuerMunicipalityId": "%s"%s}""".formatted(headline, issuer, extra);
    }

    /** Walks the news list along its next links, upserting id → updatedAt; answers the walk's syncedUntil. */
    private static String walk(Map<String, Object> query, Map<String, String> copy) {
        String page = null;
        String syncedUntil = null;
        boolean first = true;
        while (first || page != null) {
            // The next link is the server's, already encoded.
            Response answer = (first ? given().queryParams(query).get(NEWS) : given().urlEncodingEnabled(false).get(page))
                    .then().statusCode(200).extract().response();
            first = false;
            JsonPath body = answer.jsonPath();
            List<Map<String, Object>> items = body.getList("items");
            items.forEach(item -> copy.put((String) item.get("id"), (String) item.get("updatedAt")));
            syncedUntil = body.getString("syncedUntil");
            Matcher next = NEXT.matcher(String.valueOf(answer.header("Link")));
            page = next.find() && !items.isEmpty() ? next.group(1) : null;
        }
        return syncedUntil;
    }

    private static JsonPath feed(String after, String type) {
        var request = given().queryParam("after", after).queryParam("size", 1000);
        if (type != null) {
            request.queryParam("type", type);
        }
        return request.get(FEED).then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> all(String after, String type) {
        List<Map<String, Object>> events = new ArrayList<>();
        String cursor = after;
        while (true) {
            JsonPath page = feed(cursor, type);
            List<Map<String, Object>> batch = page.getList("events");
            events.addAll(batch);
            cursor = page.getString("next");
            if (batch.isEmpty()) {
                return events;
            }
        }
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
