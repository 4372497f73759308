package org.twintowns.events.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.events.support.EventApi.PATH;
import static org.twintowns.events.support.EventApi.asAdmin;
import static org.twintowns.events.support.EventApi.create;
import static org.twintowns.events.support.EventApi.etag;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.put;
import static org.twintowns.events.support.EventApi.snapshot;
import static org.twintowns.events.support.EventApi.status;
import static org.twintowns.events.support.EventApi.uniqueDay;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class EventChangeTest {

    @Test
    void shouldAnswerNotModifiedWhenTheClientHoldsTheCurrentVersion() {
        String id = create(event(uniqueDay()));
        String etag = etag(id);
        given().header("If-None-Match", etag).get(PATH + "/" + id)
                .then().statusCode(304).header("ETag", equalTo(etag));
    }

    @Test
    void shouldReplaceEventAndCountTheChangeInSequence() {
        LocalDate day = uniqueDay();
        Map<String, Object> body = event(day);
        String id = create(body);
        given().get(PATH + "/" + id).then().body("sequence", equalTo(0));
        String before = etag(id);

        body.put("title", Map.of("en", "Summer school, second edition"));
        body.put("description", Map.of("en", "Civic participation and volunteering"));
        body.put("topics", List.of("civic-participation", "volunteering"));
        put(id, body).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.not(equalTo(before)))
                .body("title.en", equalTo("Summer school, second edition"))
                .body("description.en", equalTo("Civic participation and volunteering"))
                .body("topics", equalTo(List.of("civic-participation", "volunteering")))
                .body("sequence", equalTo(1));
        body.put("topics", List.of("volunteering"));
        put(id, body).then().statusCode(200).body("sequence", equalTo(2));
    }

    @Test
    void shouldRequireIfMatchToReplace() {
        Map<String, Object> body = event(uniqueDay());
        String id = create(body);
        String before = snapshot(id);
        body.put("title", Map.of("en", "changed"));
        assertProblem(asAdmin().contentType(ContentType.JSON).body(body).put(PATH + "/" + id).then(), 428);
        assertEquals(before, snapshot(id));
    }

    @Test
    void shouldRefuseReplacingAStaleVersion() {
        Map<String, Object> body = event(uniqueDay());
        String id = create(body);
        String stale = etag(id);
        body.put("topics", List.of("volunteering"));
        put(id, body).then().statusCode(200);
        String before = snapshot(id);
        body.put("title", Map.of("en", "lost update"));
        assertProblem(asAdmin().contentType(ContentType.JSON).header("If-Match", stale).body(body)
                .put(PATH + "/" + id).then(), 412);
        assertEquals(before, snapshot(id));
    }

    @Test
    void shouldKeepAnAgendaWithinTheEvent() {
        LocalDate day = uniqueDay();
        Map<String, Object> body = event(day);
        body.put("sessions", List.of(Map.of("title", Map.of("en", "Opening"), "startsAt", day + "T09:00:00Z",
                "endsAt", day + "T10:00:00Z", "speakers", List.of("Dr. Anna Schmidt"))));
        String id = create(body);
        String startsAt = given().get(PATH + "/" + id).then().statusCode(200)
                .body("sessions", hasSize(1))
                .body("sessions[0].title.en", equalTo("Opening"))
                .body("sessions[0].speakers", equalTo(List.of("Dr. Anna Schmidt")))
                .extract().path("sessions[0].startsAt");
        assertEquals(Instant.parse(day + "T09:00:00Z"), OffsetDateTime.parse(startsAt).toInstant());

        String before = snapshot(id);
        body.put("sessions", List.of(Map.of("title", Map.of("en", "After hours"), "startsAt", day + "T16:00:00Z",
                "endsAt", day + "T18:00:00Z")));
        assertProblem(put(id, body).then(), 400).body("errors[0].field", equalTo("sessions[0]"));
        assertEquals(before, snapshot(id));
    }

    @Test
    void shouldRejectEndBeforeStartOnReplaceAndChangeNothing() {
        LocalDate day = uniqueDay();
        Map<String, Object> body = event(day);
        String id = create(body);
        String before = snapshot(id);
        body.put("endsAt", day + "T08:00:00Z");
        assertProblem(put(id, body).then(), 400).body("errors[0].field", equalTo("endsAt"));
        body.put("endsAt", day + "T17:00:00Z");
        body.put("timeZone", "Europe/Atlantis");
        assertProblem(put(id, body).then(), 400).body("errors[0].field", equalTo("timeZone"));
        assertEquals(before, snapshot(id));
    }

    @Test
    void shouldRecordStatusChangesWithTheirHistory() {
        String id = create(event(uniqueDay()));
        status(id, "POSTPONED").then().statusCode(200)
                .body("status", equalTo("POSTPONED"))
                .body("sequence", equalTo(1));
        status(id, "SCHEDULED").then().statusCode(200);
        given().get(PATH + "/" + id).then()
                .body("statusHistory.status", equalTo(List.of("SCHEDULED", "POSTPONED", "SCHEDULED")))
                .body("statusHistory[1].reason", equalTo("test"))
                .body("sequence", equalTo(2));
    }

    @Test
    void shouldMoveAnEventOnline() {
        Map<String, Object> body = event(uniqueDay());
        body.put("attendanceMode", "IN_PERSON");
        body.remove("joinUrl");
        String id = create(body);
        String before = snapshot(id);
        // Online needs a way to join.
        assertProblem(asAdmin().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("status", "MOVED_ONLINE")).post(PATH + "/" + id + "/status").then(), 400)
                .body("errors[0].field", equalTo("joinUrl"));
        assertEquals(before, snapshot(id));

        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("status", "MOVED_ONLINE", "joinUrl", "https://meet.example.org/room"))
                .post(PATH + "/" + id + "/status")
                .then().statusCode(200)
                .body("status", equalTo("MOVED_ONLINE"))
                .body("attendanceMode", equalTo("ONLINE"))
                .body("joinUrl", equalTo("https://meet.example.org/room"));
    }

    @Test
    void shouldKeepCancelledEventsFinal() {
        Map<String, Object> body = event(uniqueDay());
        String id = create(body);
        status(id, "CANCELLED").then().statusCode(200);
        String before = snapshot(id);
        assertProblem(status(id, "SCHEDULED").then(), 409)
                .body("type", equalTo("https://twintowns.org/problems/invalid-transition"))
                .body("detail", containsString("CANCELLED is final"));
        assertProblem(put(id, body).then(), 409);
        assertEquals(before, snapshot(id));
    }

    @Test
    void shouldNotCompleteAnEventBeforeItStarts() {
        String id = create(event(uniqueDay()));
        String before = snapshot(id);
        assertProblem(status(id, "COMPLETED").then(), 409)
                .body("type", equalTo("https://twintowns.org/problems/invalid-transition"));
        assertEquals(before, snapshot(id));
    }

    @Test
    void shouldRefuseStatusChangeWithoutIfMatch() {
        String id = create(event(uniqueDay()));
        String before = snapshot(id);
        assertProblem(asAdmin().contentType(ContentType.JSON).body(Map.of("status", "CANCELLED"))
                .post(PATH + "/" + id + "/status").then(), 428);
        assertEquals(before, snapshot(id));
    }

    @Test
    void shouldGroupEventsInASeries() {
        String seriesId = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", Map.of("en", "Kassel–Novy Urengoy summer school")))
                .post(PATH + "/series")
                .then().statusCode(201)
                .header("Location", containsString(PATH + "/series/"))
                .extract().path("id");
        Map<String, Object> body = event(uniqueDay());
        body.put("seriesId", seriesId);
        String first = create(body);
        String second = create(event(uniqueDay()));

        given().get(PATH + "/" + first).then()
                .body("series.id", equalTo(seriesId))
                .body("series.name.en", equalTo("Kassel–Novy Urengoy summer school"));
        given().get(PATH + "/series/" + seriesId).then().statusCode(200)
                .body("name.en", equalTo("Kassel–Novy Urengoy summer school"));
        given().queryParam("series", seriesId).get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(first)));
        given().get(PATH + "/" + second).then().body("series", equalTo(null));
    }

    @Test
    void shouldRejectUnknownSeries() {
        Map<String, Object> body = event(uniqueDay());
        body.put("seriesId", UUID.randomUUID().toString());
        assertProblem(asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then(), 422)
                .body("errors[0].field", equalTo("seriesId"));
    }

    @Test
    void shouldRequireATokenToStartASeries() {
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("name", Map.of("en", "x")))
                .post(PATH + "/series").then(), 401);
    }
}
