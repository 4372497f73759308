package org.twintowns.partnerships.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.partnerships.partnership.PartnershipApi.PARTNERSHIPS;
import static org.twintowns.partnerships.partnership.PartnershipApi.municipality;
import static org.twintowns.partnerships.partnership.PartnershipApi.participants;
import static org.twintowns.partnerships.partnership.PartnershipApi.partnership;
import static org.twintowns.partnerships.partnership.PartnershipApi.post;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/** What a create refuses, and that a refused create leaves nothing behind. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class PartnershipCreateRejectionTest {

    @Inject
    MunicipalityFixtures fixtures;

    private static void assertNoPartnershipsOf(String municipalityId) {
        given().queryParam("municipality", municipalityId).get(PARTNERSHIPS).then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void shouldRejectUnknownParticipantNamingIt() {
        String jena = municipality("Jena", "DE", "DE-TH");
        String unknown = UUID.randomUUID().toString();

        assertProblem(post("""
                {"type": "TWINNING", "participants": %s, "sourceName": "Test"}""".formatted(participants(jena, unknown))),
                422)
                .body("type", equalTo("https://twintowns.org/problems/unknown-reference"))
                .body("detail", containsString(unknown))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("participants[1].municipalityId"))
                .body("errors[0].message", containsString(unknown));
        assertNoPartnershipsOf(jena);
    }

    @Test
    void shouldRejectMergedParticipantNamingItsSuccessor() {
        String kassel = municipality("Kassel", "DE", "DE-HE");
        String old = municipality("Wilhelmshöhe", "DE", "DE-HE");
        String successor = municipality("Kassel-Wilhelmshöhe", "DE", "DE-HE");
        fixtures.merge(old, successor);

        assertProblem(post("""
                {"type": "FRIENDSHIP", "participants": %s, "sourceName": "Test"}""".formatted(participants(kassel, old))),
                422)
                .body("type", equalTo("https://twintowns.org/problems/merged-municipality"))
                .body("errors[0].field", equalTo("participants[1].municipalityId"))
                .body("errors[0].message", allOf(containsString("Kassel-Wilhelmshöhe"), containsString(successor)));
        assertNoPartnershipsOf(kassel);
    }

    @Test
    void shouldRejectSecondPartnershipOfSameTypeBetweenSameMunicipalities() {
        String a = municipality("Wolfsburg", "DE", "DE-NI");
        String b = municipality("Toyohashi", "JP", null);
        String existing = partnership("FRIENDSHIP", "", a, b);

        // The same set in another order is the same partnership.
        assertProblem(post("""
                {"type": "FRIENDSHIP", "participants": %s, "sourceName": "Test"}""".formatted(participants(b, a))), 409)
                .body("type", equalTo("https://twintowns.org/problems/conflict"))
                .body("detail", containsString(existing));
        given().queryParam("municipality", a).get(PARTNERSHIPS).then()
                .body("totalItems", equalTo(1));
    }

    @Test
    void shouldAllowSameMunicipalitiesInPartnershipOfAnotherType() {
        String a = municipality("Wolfsburg", "DE", "DE-NI");
        String b = municipality("Pesaro-Urbino", "IT", null);
        partnership("TWINNING", "", a, b);
        partnership("PROJECT", "", a, b);

        given().queryParam("municipality", a).get(PARTNERSHIPS).then()
                .body("totalItems", equalTo(2))
                .body("items.type", hasItems("TWINNING", "PROJECT"));
    }

    @Test
    void shouldCreateOnlyOneOfConcurrentDuplicates() throws Exception {
        String a = municipality("Jena", "DE", "DE-TH");
        String b = municipality("Berdychiv", "UA", null);
        String body = """
                {"type": "SOLIDARITY", "participants": %s, "sourceName": "Test"}""".formatted(participants(a, b));
        List<Integer> results = Concurrently.statuses(6, () -> post(body).extract().statusCode());

        assertEquals(1, results.stream().filter(s -> s == 201).count(), results.toString());
        assertEquals(5, results.stream().filter(s -> s == 409).count(), results.toString());
        given().queryParam("municipality", a).get(PARTNERSHIPS).then().body("totalItems", equalTo(1));
    }

    @Test
    void shouldRejectMunicipalityListedTwice() {
        String a = municipality("Jena", "DE", "DE-TH");
        String b = municipality("Brovary", "UA", null);

        assertProblem(post("""
                {"type": "TWINNING", "participants": %s, "sourceName": "Test"}""".formatted(participants(a, b, a))), 400)
                .body("errors[0].field", equalTo("participants[2].municipalityId"));
        assertNoPartnershipsOf(a);
    }

    @Test
    void shouldRejectInvalidFieldsNamingEachOne() {
        String a = municipality("Wolfsburg", "DE", "DE-NI");
        String b = municipality("Jendouba", "TN", null);

        assertProblem(post("""
                {"type": "PROJECT", "participants": %s, "sourceName": " ", "sourceUrl": "ftp://example.org",
                 "topics": ["Fire Services"],
                 "projects": [{"title": "Water", "amount": -1, "currency": "EURO"},
                              {"title": "Waste", "amount": 10.005, "currency": "EUR"}],
                 "contacts": [{"role": "Office", "email": "not-an-address"}]}""".formatted(participants(a, b))), 400)
                .body("type", equalTo("https://twintowns.org/problems/validation-failed"))
                .body("errors.field", hasItems("sourceName", "sourceUrl", "topics[0]", "projects[0].amount",
                        "projects[0].currency", "projects[1].amount", "contacts[0].email"))
                .body("errors", hasSize(7));
        assertNoPartnershipsOf(a);
    }

    @Test
    void shouldRejectFieldsThatContradictEachOther() {
        String a = municipality("Wolfsburg", "DE", "DE-NI");
        String b = municipality("Jendouba", "TN", null);
        String outsider = municipality("Toyohashi", "JP", null);

        assertProblem(post("""
                {"type": "PROJECT", "participants": %s, "sourceName": "Test",
                 "establishedOn": "2019-03-01", "establishedYearOnly": true,
                 "projects": [{"title": "Water", "amount": 100, "startsOn": "2021-01-01", "endsOn": "2020-12-31"}],
                 "contacts": [{"role": "Office", "email": "office@toyohashi.jp", "municipalityId": "%s"},
                              {"role": "Office"}]}""".formatted(participants(a, b), outsider)), 400)
                .body("errors.field", hasItems("establishedOn", "projects[0].currency", "projects[0].endsOn",
                        "contacts[0].municipalityId", "contacts[1]"));
        assertNoPartnershipsOf(a);
    }

    @Test
    void shouldRejectTooFewParticipants() {
        String a = municipality("Jena", "DE", "DE-TH");

        assertProblem(post("""
                {"type": "TWINNING", "participants": %s, "sourceName": "Test"}""".formatted(participants(a))), 400)
                .body("errors[0].field", equalTo("participants"));
        assertNoPartnershipsOf(a);
    }

    @Test
    void shouldRejectHistoryThatContradictsItself() {
        String a = municipality("Kassel", "DE", "DE-HE");
        String b = municipality("Novy Urengoy", "RU", null);

        assertProblem(post("""
                {"type": "COOPERATION", "participants": %s, "sourceName": "Test",
                 "lifecycle": [{"kind": "ESTABLISHED", "occurredOn": "2005-06-01"},
                               {"kind": "REACTIVATED", "occurredOn": "2006-01-01"}]}""".formatted(participants(a, b))),
                400)
                .body("errors[0].field", equalTo("lifecycle[1].kind"))
                .body("errors[0].message", allOf(containsString("ACTIVE"), containsString("SUSPENDED")));
        assertProblem(post("""
                {"type": "COOPERATION", "participants": %s, "sourceName": "Test", "establishedOn": "2005-06-01",
                 "lifecycle": [{"kind": "ESTABLISHED", "occurredOn": "2005-07-01"},
                               {"kind": "ENDED", "occurredOn": "2022-03-01"}]}""".formatted(participants(a, b))),
                400)
                .body("errors.field", hasItems("lifecycle[0].occurredOn", "lifecycle[1].reason"));
        assertProblem(post("""
                {"type": "COOPERATION", "participants": %s, "sourceName": "Test",
                 "lifecycle": [{"kind": "SUSPENDED", "occurredOn": "2005-06-01", "reason": "Why not"}]}"""
                .formatted(participants(a, b))), 400)
                .body("errors[0].field", equalTo("lifecycle[0].kind"))
                .body("errors[0].message", containsString("ESTABLISHED"));
        assertNoPartnershipsOf(a);
    }
}
