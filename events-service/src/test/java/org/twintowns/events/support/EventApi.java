package org.twintowns.events.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.twintowns.testing.TestTokens;

/** Building event bodies and calling the API the way every events test needs. */
public final class EventApi {

    public static final String PATH = "/api/v1/events";

    private EventApi() {
    }

    /**
     * A random day far in the future per test: listing that day's window then shows only the
     * test's own events, so tests stay independent of each other and of earlier data.
     */
    public static LocalDate uniqueDay() {
        return LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextLong(2_500_000));
    }

    /** A valid hybrid summer school from 09:00 to 17:00 UTC, organized by the shared organizer. */
    public static Map<String, Object> event(LocalDate day) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", Map.of("de", "Sommerschule für Verwaltungsmitarbeitende",
                "en", "Summer school for administration staff"));
        body.put("kind", "SUMMER_SCHOOL");
        body.put("attendanceMode", "HYBRID");
        body.put("startsAt", day + "T09:00:00Z");
        body.put("endsAt", day + "T17:00:00Z");
        body.put("timeZone", "Europe/Berlin");
        body.put("venue", "Rathaus Kassel, Obere Königsstraße 8, 34117 Kassel");
        body.put("joinUrl", "https://meet.example.org/summer-school");
        body.put("organizers", List.of(Partners.organizer()));
        return body;
    }

    /** The body with registration open and the given capacity (null for unlimited). */
    public static Map<String, Object> withRegistration(Map<String, Object> body, Object capacity) {
        Map<String, Object> registration = new HashMap<>();
        registration.put("open", true);
        registration.put("capacity", capacity);
        body.put("registration", registration);
        return body;
    }

    /** Registers someone of that name for the event, without a token, as the public does. */
    public static Response register(String eventId, String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "email", name.toLowerCase().replace(' ', '.') + "@example.org",
                        "organisation", "Stadtverwaltung Jena"))
                .post(PATH + "/" + eventId + "/registrations");
    }

    public static RequestSpecification asAdmin() {
        return given().auth().oauth2(TestTokens.admin());
    }

    /** Creates the event as admin and returns its id. */
    public static String create(Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body)
                .post(PATH)
                .then().statusCode(201)
                .extract().path("id");
    }

    public static Response get(String id) {
        return given().get(PATH + "/" + id);
    }

    public static String etag(String id) {
        return get(id).then().statusCode(200).extract().header("ETag");
    }

    /** Replaces the event as admin with the current ETag; returns the response for checks. */
    public static Response put(String id, Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .put(PATH + "/" + id);
    }

    /** Changes the status as admin with the current ETag. */
    public static Response status(String id, String status) {
        return asAdmin().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("status", status, "reason", "test"))
                .post(PATH + "/" + id + "/status");
    }

    /** The event as JSON text, to prove that a refused write changed nothing. */
    public static String snapshot(String id) {
        return get(id).then().statusCode(200).extract().asString();
    }
}
