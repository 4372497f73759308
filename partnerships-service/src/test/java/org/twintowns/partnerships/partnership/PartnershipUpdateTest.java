package org.twintowns.partnerships.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.partnerships.partnership.PartnershipApi.PARTNERSHIPS;
import static org.twintowns.partnerships.partnership.PartnershipApi.etagOf;
import static org.twintowns.partnerships.partnership.PartnershipApi.municipality;
import static org.twintowns.partnerships.partnership.PartnershipApi.participants;
import static org.twintowns.partnerships.partnership.PartnershipApi.partnership;
import static org.twintowns.partnerships.partnership.PartnershipApi.read;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.ConditionalWriteRace;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/** Replacing a partnership under If-Match, and conditional reads. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class PartnershipUpdateTest {

    @Inject
    MunicipalityFixtures fixtures;

    private static ValidatableResponse put(String id, String etag, String body) {
        var request = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.put(PARTNERSHIPS + "/" + id).then();
    }

    private static String solidarity(String... municipalityIds) {
        return partnership("SOLIDARITY", """
                "establishedOn": "2022-09-28", "topics": ["rehabilitation"], "title": "Before\"""", municipalityIds);
    }

    @Test
    void shouldReplaceEverythingButHistoryAndAnswerNewETag() {
        String jena = municipality("Jena", "DE", "DE-TH");
        String brovary = municipality("Brovary", "UA", "UA-32");
        String boryspil = municipality("Boryspil", "UA", "UA-32");
        String id = solidarity(jena, brovary);
        String etag = etagOf(id);

        String newEtag = put(id, etag, """
                {"type": "COOPERATION", "title": "Three-way cooperation Brovary–Boryspil–Jena",
                 "participants": [{"municipalityId": "%s"}, {"municipalityId": "%s"},
                                  {"municipalityId": "%s", "role": "INITIATOR"}],
                 "topics": ["fire-services", "rehabilitation"],
                 "contacts": [{"role": "Partnership office", "url": "https://www.jena.de/partnerstaedte"}],
                 "sourceName": "Stadt Jena press release", "lastVerifiedOn": "2024-02-01"}"""
                .formatted(brovary, boryspil, jena))
                .statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("type", equalTo("COOPERATION"))
                .extract().header("ETag");

        read(id)
                .header("ETag", equalTo(newEtag))
                .body("title", equalTo("Three-way cooperation Brovary–Boryspil–Jena"))
                .body("participants.name", contains("Brovary", "Boryspil", "Jena"))
                .body("participants.role", contains("PARTNER", "PARTNER", "INITIATOR"))
                .body("topics", contains("fire-services", "rehabilitation"))
                .body("contacts[0].url", equalTo("https://www.jena.de/partnerstaedte"))
                .body("lastVerifiedOn", equalTo("2024-02-01"))
                // The history and the founding date are not part of a replace.
                .body("establishedOn", equalTo("2022-09-28"))
                .body("lifecycle.kind", contains("ESTABLISHED"))
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void shouldMoveContactToParticipantThatReplacesAnother() {
        String jena = municipality("Jena", "DE", "DE-TH");
        String brovary = municipality("Brovary", "UA", "UA-32");
        String boryspil = municipality("Boryspil", "UA", "UA-32");
        String id = partnership("SOLIDARITY", """
                "contacts": [{"role": "Partnership office", "email": "office@brovary.example", "municipalityId": "%s"}]"""
                .formatted(brovary), jena, brovary);

        put(id, etagOf(id), """
                {"type": "SOLIDARITY", "participants": %s, "sourceName": "Test",
                 "contacts": [{"role": "Partnership office", "email": "office@boryspil.example",
                               "municipalityId": "%s"}]}""".formatted(participants(jena, boryspil), boryspil))
                .statusCode(200);

        read(id)
                .body("participants.municipalityId", contains(jena, boryspil))
                .body("contacts.municipalityId", contains(boryspil))
                .body("contacts.email", contains("office@boryspil.example"));
    }

    @Test
    void shouldAcceptOnlyOneOfConcurrentReplacesOfSameVersion() throws Exception {
        String a = municipality("Jena", "DE", "DE-TH");
        String b = municipality("Brovary", "UA", null);
        String id = solidarity(a, b);
        String etag = etagOf(id);

        int winner = ConditionalWriteRace.oneWins(ConditionalWriteRace.WRITERS, i -> put(id, etag, """
                {"type": "SOLIDARITY", "title": "Edit %d", "participants": %s, "sourceName": "Test"}"""
                .formatted(i, participants(a, b))).extract());

        read(id).header("ETag", equalTo("\"1\"")).body("title", equalTo("Edit " + winner));
    }

    @Test
    void shouldRequireIfMatchToReplace() {
        String a = municipality("Jena", "DE", "DE-TH");
        String b = municipality("Brovary", "UA", null);
        String id = solidarity(a, b);
        String etag = etagOf(id);

        assertProblem(put(id, null, """
                {"type": "TWINNING", "participants": %s, "sourceName": "Changed"}""".formatted(participants(a, b))), 428)
                .body("type", equalTo("https://twintowns.org/problems/precondition-required"));
        read(id).header("ETag", equalTo(etag)).body("type", equalTo("SOLIDARITY")).body("title", equalTo("Before"));
    }

    @Test
    void shouldRejectReplaceOfStaleVersion() {
        String a = municipality("Jena", "DE", "DE-TH");
        String b = municipality("Brovary", "UA", null);
        String id = solidarity(a, b);
        String stale = etagOf(id);
        String current = put(id, stale, """
                {"type": "SOLIDARITY", "title": "First edit", "participants": %s, "sourceName": "Test"}"""
                .formatted(participants(a, b))).statusCode(200).extract().header("ETag");

        assertProblem(put(id, stale, """
                {"type": "SOLIDARITY", "title": "Lost edit", "participants": %s, "sourceName": "Test"}"""
                .formatted(participants(a, b))), 412)
                .body("type", equalTo("https://twintowns.org/problems/precondition-failed"));
        read(id).header("ETag", equalTo(current)).body("title", equalTo("First edit"));
    }

    @Test
    void shouldAnswerNotModifiedWhileClientCopyIsCurrent() {
        String a = municipality("Jena", "DE", "DE-TH");
        String b = municipality("Brovary", "UA", null);
        String id = solidarity(a, b);
        String etag = etagOf(id);

        given().header("If-None-Match", etag).get(PARTNERSHIPS + "/" + id).then()
                .statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyString());
        put(id, etag, """
                {"type": "SOLIDARITY", "participants": %s, "sourceName": "Test"}""".formatted(participants(a, b)))
                .statusCode(200);
        given().header("If-None-Match", etag).get(PARTNERSHIPS + "/" + id).then()
                .statusCode(200)
                .header("ETag", not(equalTo(etag)));
    }

    @Test
    void shouldRejectReplaceThatDuplicatesAnotherPartnership() {
        String a = municipality("Wolfsburg", "DE", "DE-NI");
        String b = municipality("Toyohashi", "JP", null);
        String existing = partnership("FRIENDSHIP", "", a, b);
        String id = partnership("CONTACT", "", a, b);
        String etag = etagOf(id);

        assertProblem(put(id, etag, """
                {"type": "FRIENDSHIP", "participants": %s, "sourceName": "Test"}""".formatted(participants(a, b))), 409)
                .body("detail", containsString(existing));
        read(id).header("ETag", equalTo(etag)).body("type", equalTo("CONTACT"));
    }

    @Test
    void shouldKeepMergedParticipantButRefuseMergedNewcomer() {
        String jena = municipality("Jena", "DE", "DE-TH");
        String old = municipality("Lobeda", "DE", "DE-TH");
        String other = municipality("Drackendorf", "DE", "DE-TH");
        String successor = municipality("Jena-Ost", "DE", "DE-TH");
        String id = partnership("FRIENDSHIP", "", jena, old);
        fixtures.merge(old, successor);
        fixtures.merge(other, successor);
        String etag = put(id, etagOf(id), """
                {"type": "FRIENDSHIP", "title": "Still here", "participants": %s, "sourceName": "Test"}"""
                .formatted(participants(jena, old))).statusCode(200).extract().header("ETag");

        assertProblem(put(id, etag, """
                {"type": "FRIENDSHIP", "participants": %s, "sourceName": "Test"}"""
                .formatted(participants(jena, old, other))), 422)
                .body("type", equalTo("https://twintowns.org/problems/merged-municipality"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("participants[2].municipalityId"))
                .body("errors[0].message", containsString(successor));
        read(id).header("ETag", equalTo(etag)).body("participants", hasSize(2)).body("title", equalTo("Still here"));
    }

    @Test
    void shouldAnswerNotFoundForUnknownPartnership() {
        String a = municipality("Jena", "DE", "DE-TH");
        String b = municipality("Brovary", "UA", null);
        assertProblem(put(UUID.randomUUID().toString(), "\"0\"", """
                {"type": "FRIENDSHIP", "participants": %s, "sourceName": "Test"}""".formatted(participants(a, b))), 404);
        assertProblem(given().get(PARTNERSHIPS + "/" + UUID.randomUUID()).then(), 404)
                .body("type", equalTo("https://twintowns.org/problems/resource-not-found"));
    }

}
