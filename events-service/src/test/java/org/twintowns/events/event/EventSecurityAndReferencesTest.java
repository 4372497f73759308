package org.twintowns.events.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.events.support.EventApi.PATH;
import static org.twintowns.events.support.EventApi.asAdmin;
import static org.twintowns.events.support.EventApi.create;
import static org.twintowns.events.support.EventApi.etag;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.snapshot;
import static org.twintowns.events.support.EventApi.uniqueDay;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.twintowns.events.support.Partners;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class EventSecurityAndReferencesTest {

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void partnershipsServiceBackToNormal() {
        Partners.mode("normal");
        circuitBreakers.resetAll();
    }

    private static int totalEvents() {
        return given().queryParam("size", 1).get(PATH).then().statusCode(200).extract().path("totalItems");
    }

    private static void assertNothingCreated(Map<String, Object> body, String token, int status) {
        int before = totalEvents();
        var request = token == null ? given() : given().auth().oauth2(token);
        assertProblem(request.contentType(ContentType.JSON).body(body).post(PATH).then(), status);
        assertEquals(before, totalEvents(), "a refused event must not be written");
    }

    @Test
    void shouldRefuseAnonymousWrites() {
        Map<String, Object> body = event(uniqueDay());
        int before = totalEvents();
        assertProblem(given().contentType(ContentType.JSON).body(body).post(PATH).then(), 401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"twintowns\""));
        assertEquals(before, totalEvents());

        String id = create(body);
        String snapshot = snapshot(id);
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .put(PATH + "/" + id).then(), 401);
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("status", "CANCELLED")).post(PATH + "/" + id + "/status").then(), 401);
        assertEquals(snapshot, snapshot(id));
    }

    @Test
    void shouldLetEditorsAnnounceEventsOfTheirOwnMunicipality() {
        String own = Partners.municipality();
        Map<String, Object> body = event(uniqueDay());
        body.put("organizers", List.of(own));
        given().auth().oauth2(TestTokens.editorOf(own)).contentType(ContentType.JSON).body(body)
                .post(PATH).then().statusCode(201).body("organizers", equalTo(List.of(own)));
    }

    @Test
    void shouldRefuseEditorsOfOtherMunicipalities() {
        String own = Partners.municipality();
        Map<String, Object> body = event(uniqueDay());
        assertNothingCreated(body, TestTokens.editorOf(own), 403);

        String id = create(body);
        String snapshot = snapshot(id);
        assertProblem(given().auth().oauth2(TestTokens.editorOf(own)).contentType(ContentType.JSON)
                .header("If-Match", etag(id)).body(body).put(PATH + "/" + id).then(), 403);
        assertProblem(given().auth().oauth2(TestTokens.editorOf(own)).contentType(ContentType.JSON)
                .header("If-Match", etag(id)).body(Map.of("status", "CANCELLED"))
                .post(PATH + "/" + id + "/status").then(), 403);
        assertEquals(snapshot, snapshot(id));
    }

    @Test
    void shouldNotLetEditorsMoveAnEventOutOfTheirReach() {
        String own = Partners.municipality();
        String other = Partners.municipality();
        Map<String, Object> body = event(uniqueDay());
        body.put("organizers", List.of(own));
        String id = create(body);
        String snapshot = snapshot(id);
        body.put("organizers", List.of(other));
        assertProblem(given().auth().oauth2(TestTokens.editorOf(own)).contentType(ContentType.JSON)
                .header("If-Match", etag(id)).body(body).put(PATH + "/" + id).then(), 403);
        assertEquals(snapshot, snapshot(id));

        // Adding a co-organizer keeps the event in reach.
        body.put("organizers", List.of(own, other));
        given().auth().oauth2(TestTokens.editorOf(own)).contentType(ContentType.JSON)
                .header("If-Match", etag(id)).body(body).put(PATH + "/" + id)
                .then().statusCode(200).body("organizers", containsInAnyOrder(own, other));
    }

    @Test
    void shouldRejectUnknownReferencesNamingEachField() {
        String known = Partners.municipality();
        String partnership = Partners.partnership();
        Map<String, Object> body = event(uniqueDay());
        body.put("organizers", List.of(known, Partners.unknown()));
        body.put("participants", List.of(Partners.unknown(), known));
        body.put("partnerships", List.of(partnership, Partners.unknown()));
        int before = totalEvents();
        assertProblem(asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then(), 422)
                .body("type", equalTo("https://twintowns.org/problems/unknown-reference"))
                .body("errors", hasSize(3))
                .body("errors.field", equalTo(List.of("organizers[1]", "participants[0]", "partnerships[1]")));
        assertEquals(before, totalEvents());
    }

    @Test
    void shouldKeepKnownReferences() {
        String participant = Partners.municipality();
        String partnership = Partners.partnership();
        Map<String, Object> body = event(uniqueDay());
        body.put("participants", List.of(participant));
        body.put("partnerships", List.of(partnership));
        String id = create(body);
        given().get(PATH + "/" + id).then()
                .body("participants", equalTo(List.of(participant)))
                .body("partnerships", equalTo(List.of(partnership)));
    }

    @Test
    void shouldRejectUnknownReferencesOnReplaceAndChangeNothing() {
        Map<String, Object> body = event(uniqueDay());
        String id = create(body);
        String snapshot = snapshot(id);
        body.put("participants", List.of(Partners.unknown()));
        assertProblem(asAdmin().contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .put(PATH + "/" + id).then(), 422)
                .body("errors[0].field", equalTo("participants[0]"));
        assertEquals(snapshot, snapshot(id));
    }

    @Test
    void shouldAnswerServiceUnavailableWhenPartnershipsServiceIsTooSlow() {
        Map<String, Object> body = event(uniqueDay());
        body.put("participants", List.of(Partners.municipality()));
        Partners.mode("slow");
        int before = totalEvents();
        assertProblem(asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then(), 503)
                .header("Retry-After", equalTo("30"))
                .body("type", equalTo("https://twintowns.org/problems/dependency-unavailable"));
        assertEquals(before, totalEvents());
    }

    @Test
    void shouldAnswerServiceUnavailableWhenPartnershipsServiceDropsConnections() {
        Map<String, Object> body = event(uniqueDay());
        String id = create(body);
        String snapshot = snapshot(id);
        Partners.mode("broken");
        body.put("title", Map.of("en", "never written"));
        assertProblem(asAdmin().contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .put(PATH + "/" + id).then(), 503)
                .header("Retry-After", equalTo("30"));
        assertNothingCreated(event(uniqueDay()), TestTokens.admin(), 503);
        assertEquals(snapshot, snapshot(id));
    }

    @Test
    void shouldFailFastOnceTheCircuitIsOpen() {
        Partners.mode("broken");
        for (int i = 0; i < 4; i++) {
            assertNothingCreated(event(uniqueDay()), TestTokens.admin(), 503);
        }
        // The service is back, but the open circuit still refuses until its delay has passed.
        Partners.mode("normal");
        assertNothingCreated(event(uniqueDay()), TestTokens.admin(), 503);
        circuitBreakers.resetAll();
        create(event(uniqueDay()));
    }
}
