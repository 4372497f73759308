package org.twintowns.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twintowns.testing.TestTokens;

/**
 * The calendar and the feeds, fetched through the gateway and read by the parsers subscribers use,
 * which share no code with what wrote them: Python's icalendar (one DTSTAMP per event that reads as a
 * date-time, the online place of an event moved online, lines of at most 75 octets) and feedparser
 * (well-formed, its own rel="self" link, the issuer's name as the by-line). They are Debian's
 * {@code python3-icalendar} and {@code python3-feedparser} for {@code /usr/bin/python3}
 * ({@code -Dpython=} names another interpreter that has them).
 */
@ExtendWith(PlatformExtension.class)
class IndependentParsersIT {

    private static final String ADMIN = TestTokens.admin();
    private static final Path SCRIPT = Path.of("src/test/python/independent_parsers.py");

    private static Response post(String path, String json) {
        Response response = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(json).post(path);
        response.then().statusCode(201);
        return response;
    }

    @Test
    void shouldServeACalendarThatPythonIcalendarReads() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String kassel = post("/api/v1/municipalities", """
                {"name": "Kassel %s", "kind": "CITY", "country": "DE"}""".formatted(tag)).path("id");
        String joinUrl = "https://meet.example.org/" + tag;
        // Cyrillic and umlauts in a long title: folding at 75 characters would give lines of over 75 octets.
        Response created = post("/api/v1/events", """
                {"title": {"en": "Літня школа für Verwaltungsmitarbeitende — Громадська участь, Kriminalprävention, Ehrenamt %s"},
                 "kind": "SUMMER_SCHOOL", "attendanceMode": "HYBRID", "venue": "Rathaus Kassel, Obere Königsstraße 8",
                 "venueCoordinates": {"latitude": 51.3128, "longitude": 9.4925},
                 "startsAt": "2031-11-15T09:00:00+01:00", "endsAt": "2031-11-18T17:00:00+01:00",
                 "timeZone": "Europe/Berlin", "organizers": ["%s"], "joinUrl": "%s"}""".formatted(tag, kassel, joinUrl));
        String id = created.path("id");
        // Issue 23: at its venue while people come there (GEO), and not once the event has moved online.
        String placed = post("/api/v1/events", """
                {"title": {"en": "Delegation visit %s"}, "kind": "DELEGATION_VISIT", "attendanceMode": "IN_PERSON",
                 "venue": "Rathaus Kassel, Obere Königsstraße 8", "venueCoordinates": {"latitude": 51.3128, "longitude": 9.4925},
                 "startsAt": "2031-12-01T09:00:00+01:00", "endsAt": "2031-12-02T18:00:00+01:00",
                 "timeZone": "Europe/Berlin", "organizers": ["%s"]}""".formatted(tag, kassel)).path("id");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body("{\"status\": \"MOVED_ONLINE\", \"reason\": \"Travel restrictions\"}")
                .post("/api/v1/events/" + id + "/status").then().statusCode(200);

        Response calendar = given().queryParam("municipality", kassel).get("/api/v1/events/calendar.ics");
        calendar.then().statusCode(200);
        Response single = given().accept("text/calendar").get("/api/v1/events/" + id);
        single.then().statusCode(200);

        python("calendar", calendar.asByteArray(), id, joinUrl, placed, "51.3128", "9.4925");
        python("calendar", single.asByteArray(), id, joinUrl);
    }

    @Test
    void shouldServeFeedsThatFeedparserReads() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String jena = "Jena " + tag;
        String issuer = post("/api/v1/municipalities", """
                {"name": "%s", "kind": "CITY", "country": "DE"}""".formatted(jena)).path("id");
        String headline = "Delegation aus Brovary in Jena " + tag;
        post("/api/v1/news", """
                {"headline": "%s", "body": "<p>Medizinische Rehabilitation und Feuerwehr.</p>", "language": "de",
                 "status": "PUBLISHED", "issuerMunicipalityId": "%s"}""".formatted(headline, issuer));

        for (String feed : List.of("/api/v1/news/feed.rss", "/api/v1/news/feed.atom")) {
            Response answer = given().queryParam("limit", 100).get(feed);
            answer.then().statusCode(200);
            python("feed", answer.asByteArray(), feed + "?limit=100", headline, jena);
        }
    }

    /** Runs the script on what the platform answered; its output becomes the failure's message. */
    private static void python(String what, byte[] answer, String... arguments) throws IOException, InterruptedException {
        Path file = Files.createTempFile("twintowns-" + what, what.equals("calendar") ? ".ics" : ".xml");
        Files.write(file, answer);
        List<String> command = new ArrayList<>(List.of(System.getProperty("python", "/usr/bin/python3"),
                SCRIPT.toAbsolutePath().toString(), what, file.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("python did not finish within 60 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.print(output);
        assertEquals(0, process.exitValue(), what + " as Python reads it (missing modules? apt-get install "
                + "python3-icalendar python3-feedparser):\n" + output);
        Files.delete(file);
    }
}
