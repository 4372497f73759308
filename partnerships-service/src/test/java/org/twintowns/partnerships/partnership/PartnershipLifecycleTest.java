package org.twintowns.partnerships.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.partnerships.partnership.PartnershipApi.PARTNERSHIPS;
import static org.twintowns.partnerships.partnership.PartnershipApi.etagOf;
import static org.twintowns.partnerships.partnership.PartnershipApi.municipality;
import static org.twintowns.partnerships.partnership.PartnershipApi.partnership;
import static org.twintowns.partnerships.partnership.PartnershipApi.read;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.ConditionalWriteRace;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/** Appending to a partnership's history: the state machine, dates, reasons and If-Match. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class PartnershipLifecycleTest {

    private static String cooperationSince2005() {
        String kassel = municipality("Kassel", "DE", "DE-HE");
        String novyUrengoy = municipality("Novy Urengoy", "RU", "RU-YAN");
        return partnership("COOPERATION", "\"establishedOn\": \"2005-01-01\", \"establishedYearOnly\": true",
                kassel, novyUrengoy);
    }

    private static ValidatableResponse append(String id, String etag, String event) {
        var request = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(event);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.post(PARTNERSHIPS + "/" + id + "/lifecycle").then();
    }

    /** A refused append must leave the history, the status and the version as they were. */
    private static void assertUnchanged(String id, String etag, String status, int events) {
        read(id)
                .header("ETag", equalTo(etag))
                .body("status", equalTo(status))
                .body("lifecycle", hasSize(events));
    }

    @Test
    void shouldSuspendReactivateAndEndWithNewVersionEachTime() {
        String id = cooperationSince2005();
        String v0 = etagOf(id);

        String v1 = append(id, v0, """
                {"kind": "SUSPENDED", "occurredOn": "2022-03-01", "reason": "Russian war of aggression against Ukraine"}""")
                .statusCode(201)
                .header("Location", containsString(PARTNERSHIPS + "/" + id))
                .body("status", equalTo("SUSPENDED"))
                .body("lifecycle.kind", contains("ESTABLISHED", "SUSPENDED"))
                .extract().header("ETag");
        String v2 = append(id, v1, """
                {"kind": "REACTIVATED", "occurredOn": "2022-03-01", "note": "Summer school continues online"}""")
                .statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .extract().header("ETag");
        append(id, v2, """
                {"kind": "ENDED", "occurredOn": "2023-01-31", "reason": "Council decision"}""")
                .statusCode(201)
                .body("status", equalTo("ENDED"));

        read(id)
                .header("ETag", equalTo("\"3\""))
                .body("status", equalTo("ENDED"))
                .body("lifecycle.kind", contains("ESTABLISHED", "SUSPENDED", "REACTIVATED", "ENDED"))
                .body("lifecycle[2].note", equalTo("Summer school continues online"));
        String kassel = read(id).extract().path("participants[0].municipalityId");
        given().queryParam("status", "ENDED").queryParam("municipality", kassel).get(PARTNERSHIPS).then()
                .body("totalItems", equalTo(1));
    }

    @Test
    void shouldRejectReactivationWhileActiveNamingStatusAndAllowedKinds() {
        String id = cooperationSince2005();
        String etag = etagOf(id);

        assertProblem(append(id, etag, """
                {"kind": "REACTIVATED", "occurredOn": "2010-01-01"}"""), 409)
                .body("type", equalTo("https://twintowns.org/problems/invalid-transition"))
                .body("detail", allOf(containsString("ACTIVE"), containsString("REACTIVATED"),
                        containsString("COUNCIL_DECISION, CHARTER_SIGNED, SUSPENDED, ENDED")));
        assertUnchanged(id, etag, "ACTIVE", 1);
    }

    @Test
    void shouldRequireReasonForSuspension() {
        String id = cooperationSince2005();
        String etag = etagOf(id);

        assertProblem(append(id, etag, """
                {"kind": "SUSPENDED", "occurredOn": "2022-03-01", "reason": "  "}"""), 400)
                .body("errors[0].field", equalTo("reason"));
        assertUnchanged(id, etag, "ACTIVE", 1);
    }

    @Test
    void shouldRejectEventDatedBeforeLatestOne() {
        String id = cooperationSince2005();
        String etag = append(id, etagOf(id), """
                {"kind": "SUSPENDED", "occurredOn": "2022-03-01", "reason": "War"}""")
                .statusCode(201).extract().header("ETag");

        assertProblem(append(id, etag, """
                {"kind": "REACTIVATED", "occurredOn": "2021-12-31"}"""), 409)
                .body("type", equalTo("https://twintowns.org/problems/invalid-transition"))
                .body("detail", containsString("2022-03-01"));
        assertUnchanged(id, etag, "SUSPENDED", 2);
    }

    @Test
    void shouldRejectSecondEstablishedEvent() {
        String id = cooperationSince2005();
        String etag = etagOf(id);

        assertProblem(append(id, etag, """
                {"kind": "ESTABLISHED", "occurredOn": "2006-01-01"}"""), 409)
                .body("type", equalTo("https://twintowns.org/problems/invalid-transition"));
        assertUnchanged(id, etag, "ACTIVE", 1);
    }

    @Test
    void shouldRejectEventInTheFuture() {
        String id = cooperationSince2005();
        String etag = etagOf(id);

        assertProblem(append(id, etag, """
                {"kind": "COUNCIL_DECISION", "occurredOn": "%s"}""".formatted(LocalDate.now().plusDays(3))), 400)
                .body("errors[0].field", equalTo("occurredOn"));
        assertUnchanged(id, etag, "ACTIVE", 1);
    }

    @Test
    void shouldRequireIfMatchToAppend() {
        String id = cooperationSince2005();
        String etag = etagOf(id);

        assertProblem(append(id, null, """
                {"kind": "COUNCIL_DECISION", "occurredOn": "2006-01-01"}"""), 428)
                .body("type", equalTo("https://twintowns.org/problems/precondition-required"));
        assertUnchanged(id, etag, "ACTIVE", 1);
    }

    @Test
    void shouldRejectAppendToStaleVersion() {
        String id = cooperationSince2005();
        String stale = etagOf(id);
        String current = append(id, stale, """
                {"kind": "COUNCIL_DECISION", "occurredOn": "2006-01-01"}""").statusCode(201).extract().header("ETag");

        assertProblem(append(id, stale, """
                {"kind": "CHARTER_SIGNED", "occurredOn": "2006-02-01"}"""), 412)
                .body("type", equalTo("https://twintowns.org/problems/precondition-failed"));
        assertUnchanged(id, current, "ACTIVE", 2);
    }

    @Test
    void shouldAcceptOnlyOneOfConcurrentAppendsToSameVersion() throws Exception {
        String id = cooperationSince2005();
        String etag = etagOf(id);

        int winner = ConditionalWriteRace.oneWins(ConditionalWriteRace.WRITERS, i -> append(id, etag, """
                {"kind": "COUNCIL_DECISION", "occurredOn": "2006-01-01", "note": "Writer %d"}""".formatted(i)).extract());

        assertUnchanged(id, "\"1\"", "ACTIVE", 2);
        read(id).body("lifecycle[1].note", equalTo("Writer " + winner));
    }

    @Test
    void shouldAnswerNotFoundForUnknownPartnership() {
        assertProblem(append(UUID.randomUUID().toString(), "\"0\"", """
                {"kind": "COUNCIL_DECISION", "occurredOn": "2006-01-01"}"""), 404)
                .body("type", equalTo("https://twintowns.org/problems/resource-not-found"));
    }
}
