package org.twintowns.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twintowns.testing.TestTokens;

/**
 * events-service stops in the middle of the suite: the dossier is answered without events, the
 * events routes fail fast, everything else keeps working, and all is well again once it is back.
 */
@ExtendWith(PlatformExtension.class)
class ServiceOutageIT {

    /** The longest any answer may take while a service is down: the gateway must never hang. */
    private static final long FAST_MILLIS = 3_000;

    @Test
    void shouldKeepServingAroundAStoppedServiceAndRecoverWhenItIsBack(Platform platform) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String jena = post("/api/v1/municipalities", """
                {"name": "Jena %s", "kind": "CITY", "country": "DE"}""".formatted(tag));
        String event = post("/api/v1/events", """
                {"title": {"de": "Sommerschule %s"}, "kind": "SUMMER_SCHOOL", "attendanceMode": "ONLINE",
                 "startsAt": "2031-11-15T09:00:00+01:00", "endsAt": "2031-11-18T16:00:00+01:00",
                 "timeZone": "Europe/Berlin", "joinUrl": "https://summer.example.org", "organizers": ["%s"]}"""
                .formatted(tag, jena));
        String news = post("/api/v1/news", """
                {"headline": "Sommerschule in Jena %s", "body": "<p>Online.</p>", "language": "de",
                 "status": "PUBLISHED", "issuerMunicipalityId": "%s", "relatedMunicipalityIds": ["%s"],
                 "relatedEventIds": ["%s"]}""".formatted(tag, jena, jena, event));
        String dossier = "/api/v1/municipalities/" + jena + "/dossier";
        awaitCompleteDossier(dossier).then()
                .body("upcomingEvents.data.items.id", hasItem(event))
                .body("news.data.items.id", hasItem(news));

        platform.stop("events");
        try {
            given().get(dossier).then().statusCode(200)
                    .time(lessThan(FAST_MILLIS + 2_000), TimeUnit.MILLISECONDS)
                    .header("Dossier-Partial", "upcomingEvents, recentEvents")
                    .body("municipality.available", equalTo(true))
                    .body("municipality.data.id", equalTo(jena))
                    .body("upcomingEvents.available", equalTo(false))
                    .body("upcomingEvents.reason", notNullValue())
                    .body("recentEvents.available", equalTo(false))
                    .body("news.available", equalTo(true))
                    .body("news.data.items.id", hasItem(news));
            assertEventsRoutesFailFastUntilTheCircuitOpens(event);
            assertEquals("OPEN", circuitOf("events"));
            given().get("/api/v1/municipalities/" + jena).then().statusCode(200);
            given().get("/api/v1/news/" + news).then().statusCode(200);
            given().queryParam("municipality", jena).get("/api/v1/partnerships").then().statusCode(200);
        } finally {
            platform.restart("events");
        }

        awaitEventsRoutesBack(event);
        for (int i = 0; i < 3; i++) {
            given().get("/api/v1/events/" + event).then().statusCode(200);
        }
        assertEquals("CLOSED", circuitOf("events"));
        awaitCompleteDossier(dossier).then().body("upcomingEvents.data.items.id", hasItem(event));
    }

    /**
     * The dossier once every section is there. A service that has just started can take longer
     * than the dossier's time limit for its first queries; that is a partial dossier, not an error.
     */
    private static Response awaitCompleteDossier(String dossier) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(45));
        Response response;
        do {
            response = given().get(dossier).then().statusCode(200).extract().response();
            if (response.header("Dossier-Partial") == null) {
                return response;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("The dossier stayed partial: " + response.header("Dossier-Partial") + " " + response.asString());
    }

    /**
     * Each answer comes quickly as a 503 problem with Retry-After: first for each refused connection,
     * then, once the circuit opens, without even trying the service (its detail says so).
     */
    private static void assertEventsRoutesFailFastUntilTheCircuitOpens(String event) {
        for (int attempt = 1; attempt <= 10; attempt++) {
            Response response = given().get("/api/v1/events").then()
                    .time(lessThan(FAST_MILLIS), TimeUnit.MILLISECONDS)
                    .extract().response();
            assertProblem(response.then(), 503)
                    .header("Retry-After", notNullValue())
                    .body("type", equalTo("https://twintowns.org/problems/upstream-unavailable"));
            if (response.path("detail").toString().contains("stopped sending it requests")) {
                assertProblem(given().get("/api/v1/events/" + event).then(), 503)
                        .time(lessThan(500L), TimeUnit.MILLISECONDS);
                return;
            }
        }
        throw new AssertionError("The circuit of events-service never opened while it was down");
    }

    /**
     * After the cool-down one trial request goes through; once it succeeds the circuit closes. (No
     * time bound per request here: the first requests of a freshly started service are slow.)
     */
    private static void awaitEventsRoutesBack(String event) throws InterruptedException {
        Instant deadline = Instant.now().plus(Platform.OPEN_CIRCUIT_FOR.plusSeconds(30));
        int status = 0;
        while (Instant.now().isBefore(deadline)) {
            status = given().get("/api/v1/events/" + event).then().extract().statusCode();
            if (status == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("events routes still answer " + status + " after events-service is back");
    }

    /** The gateway's readiness data tells each service's circuit state. */
    private static String circuitOf(String service) {
        return given().get("/q/health/ready").then().statusCode(200)
                .extract().path("checks.find { it.name == 'service " + service + "' }.data.circuit");
    }

    private static String post(String collection, String json) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(json)
                .post(collection).then().statusCode(201).extract().path("id");
    }
}
