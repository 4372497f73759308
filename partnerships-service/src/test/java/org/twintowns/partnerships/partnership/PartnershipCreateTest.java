package org.twintowns.partnerships.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.partnerships.partnership.PartnershipApi.PARTNERSHIPS;
import static org.twintowns.partnerships.partnership.PartnershipApi.municipality;
import static org.twintowns.partnerships.partnership.PartnershipApi.post;
import static org.twintowns.partnerships.partnership.PartnershipApi.read;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sql.SqlStatements;

/** Registering partnerships from real press releases, and reading them back. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class PartnershipCreateTest {

    @Test
    void shouldRegisterJenaBrovarySolidarityPartnershipAndReadItBack() {
        String jena = municipality("Jena", "DE", "DE-TH");
        String brovary = municipality("Brovary", "UA", "UA-32");
        String location = post("""
                {"type": "SOLIDARITY", "title": "Solidarity partnership Jena–Brovary",
                 "participants": [{"municipalityId": "%s"}, {"municipalityId": "%s"}],
                 "establishedOn": "2022-09-28",
                 "topics": ["rehabilitation", "fire-services"],
                 "notes": "Delegation visit on 1–2 December.",
                 "sourceName": "Stadt Jena press release", "sourceUrl": "https://www.jena.de/de/presse",
                 "lastVerifiedOn": "2024-01-15"}""".formatted(jena, brovary))
                .statusCode(201)
                .header("Location", containsString(PARTNERSHIPS + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("ACTIVE"))
                .extract().header("Location");

        given().get(location).then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("type", equalTo("SOLIDARITY"))
                .body("title", equalTo("Solidarity partnership Jena–Brovary"))
                .body("status", equalTo("ACTIVE"))
                .body("establishedOn", equalTo("2022-09-28"))
                .body("establishedYearOnly", equalTo(false))
                .body("participants.municipalityId", contains(jena, brovary))
                .body("participants.name", contains("Jena", "Brovary"))
                .body("participants.country", contains("DE", "UA"))
                .body("participants.role", contains("PARTNER", "PARTNER"))
                .body("topics", contains("fire-services", "rehabilitation"))
                .body("lifecycle", hasSize(1))
                .body("lifecycle[0].kind", equalTo("ESTABLISHED"))
                .body("lifecycle[0].occurredOn", equalTo("2022-09-28"))
                .body("lifecycle[0].recordedAt", notNullValue())
                .body("sourceName", equalTo("Stadt Jena press release"))
                .body("sourceUrl", equalTo("https://www.jena.de/de/presse"))
                .body("lastVerifiedOn", equalTo("2024-01-15"))
                .body("notes", equalTo("Delegation visit on 1–2 December."));
    }

    @Test
    void shouldRegisterThreeWayCooperationWithRoles() {
        String brovary = municipality("Brovary", "UA", "UA-32");
        String boryspil = municipality("Boryspil", "UA", "UA-32");
        String jena = municipality("Jena", "DE", "DE-TH");
        String id = post("""
                {"type": "COOPERATION", "title": "Three-way cooperation Brovary–Boryspil–Jena",
                 "participants": [{"municipalityId": "%s"}, {"municipalityId": "%s"},
                                  {"municipalityId": "%s", "role": "COORDINATOR"}],
                 "sourceName": "Stadt Jena press release"}""".formatted(brovary, boryspil, jena))
                .statusCode(201)
                .extract().path("id");

        read(id)
                .body("participants", hasSize(3))
                .body("participants.name", contains("Brovary", "Boryspil", "Jena"))
                .body("participants.role", contains("PARTNER", "PARTNER", "COORDINATOR"))
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void shouldKeepFundedProjectOfWolfsburgAndJendouba() {
        String wolfsburg = municipality("Wolfsburg", "DE", "DE-NI");
        String jendouba = municipality("Jendouba", "TN", "TN-71");
        String id = post("""
                {"type": "PROJECT", "participants": [{"municipalityId": "%s"}, {"municipalityId": "%s"}],
                 "establishedOn": "2019-01-01", "establishedYearOnly": true,
                 "projects": [{"title": "Municipal cooperation Wolfsburg–Jendouba",
                               "programme": "Kommunale Zusammenarbeit Maghreb-Deutschland",
                               "funder": "Engagement Global / SKEW", "amount": 48500.5, "currency": "EUR",
                               "startsOn": "2020-01-01", "endsOn": "2022-12-31"}],
                 "sourceName": "Stadt Wolfsburg"}""".formatted(wolfsburg, jendouba))
                .statusCode(201)
                // The answer to the write shows the amount as every later read does.
                .body(containsString("\"amount\":48500.50"))
                .extract().path("id");

        read(id)
                .body("establishedOn", equalTo("2019-01-01"))
                .body("establishedYearOnly", equalTo(true))
                .body("projects", hasSize(1))
                .body("projects[0].title", equalTo("Municipal cooperation Wolfsburg–Jendouba"))
                .body("projects[0].programme", equalTo("Kommunale Zusammenarbeit Maghreb-Deutschland"))
                .body("projects[0].funder", equalTo("Engagement Global / SKEW"))
                .body("projects[0].amount", equalTo(48500.50f))
                .body("projects[0].currency", equalTo("EUR"))
                .body("projects[0].startsOn", equalTo("2020-01-01"))
                .body("projects[0].endsOn", equalTo("2022-12-31"));
    }

    /**
     * Each of a partnership's five collections is read by a statement of its own, and a GET by id sends them to
     * the database together with the row's and its participants' names' (JdbcRows.Together): one statement in all
     * (it took seven, eight with Accept-Language), and every collection comes back whole, in its own order, from
     * its own result.
     */
    @Test
    void shouldReadEveryCollectionOfAPartnershipSentTogetherInOneStatement() {
        String jena = municipality("Jena", "DE", "DE-TH");
        String berlin = municipality("Berlin", "DE", "DE-BE");
        String id = post("""
                {"type": "PROJECT", "participants": [{"municipalityId": "%s"}, {"municipalityId": "%s", "role": "COORDINATOR"}],
                 "establishedOn": "2019-05-01",
                 "topics": ["water", "culture"],
                 "projects": [{"title": "First", "amount": 1000.5, "currency": "EUR"}, {"title": "Second"}],
                 "contacts": [{"role": "Office", "email": "office@jena.de"}],
                 "lifecycle": [{"kind": "ESTABLISHED", "occurredOn": "2019-05-01"},
                               {"kind": "SUSPENDED", "occurredOn": "2020-03-01", "reason": "Pandemic"},
                               {"kind": "REACTIVATED", "occurredOn": "2021-06-01"}],
                 "sourceName": "Stadt Jena"}""".formatted(jena, berlin))
                .statusCode(201).extract().path("id");

        long statements = SqlStatements.fewest(() -> read(id)
                .body("participants.municipalityId", contains(jena, berlin))
                .body("participants.role", contains("PARTNER", "COORDINATOR"))
                .body("participants.name", contains("Jena", "Berlin"))
                .body("topics", contains("culture", "water"))
                .body("projects.title", contains("First", "Second"))
                .body("projects[0].amount", equalTo(1000.5f))
                .body("contacts.role", contains("Office"))
                .body("lifecycle.kind", contains("ESTABLISHED", "SUSPENDED", "REACTIVATED"))
                .body("lifecycle[1].reason", equalTo("Pandemic")));
        assertEquals(1, statements, "a partnership's GET by id took " + statements + " statements");
        long inLanguages = SqlStatements.fewest(() -> given().header("Accept-Language", "uk, de;q=0.8")
                .get(PARTNERSHIPS + "/" + id).then().statusCode(200).body("participants.displayName", contains("Jena", "Berlin")));
        assertEquals(1, inLanguages, "a partnership's GET by id in the reader's languages took " + inLanguages
                + " statements");
    }

    @Test
    void shouldDeriveSuspendedStatusOfKasselNovyUrengoyFromItsHistory() {
        String kassel = municipality("Kassel", "DE", "DE-HE");
        String novyUrengoy = municipality("Novy Urengoy", "RU", "RU-YAN");
        String id = post("""
                {"type": "COOPERATION", "participants": [{"municipalityId": "%s"}, {"municipalityId": "%s"}],
                 "establishedOn": "2005-01-01", "establishedYearOnly": true,
                 "topics": ["civic-participation", "crime-prevention", "drug-prevention"],
                 "lifecycle": [
                   {"kind": "ESTABLISHED", "occurredOn": "2005-01-01",
                    "note": "Founded by the city, the university and a company"},
                   {"kind": "SUSPENDED", "occurredOn": "2022-03-01",
                    "reason": "Russian war of aggression against Ukraine"}],
                 "sourceName": "Stadt Kassel"}""".formatted(kassel, novyUrengoy))
                .statusCode(201)
                .body("status", equalTo("SUSPENDED"))
                .extract().path("id");

        read(id)
                .body("status", equalTo("SUSPENDED"))
                .body("establishedOn", equalTo("2005-01-01"))
                .body("lifecycle.kind", contains("ESTABLISHED", "SUSPENDED"))
                .body("lifecycle[0].note", equalTo("Founded by the city, the university and a company"))
                .body("lifecycle[1].occurredOn", equalTo("2022-03-01"))
                .body("lifecycle[1].reason", equalTo("Russian war of aggression against Ukraine"));
    }

    @Test
    void shouldTakeFoundingDateFromFirstEventWhenNoneIsGiven() {
        String a = municipality("Erlangen", "DE", "DE-BY");
        String b = municipality("Wladimir", "RU", null);
        String id = post("""
                {"type": "TWINNING", "participants": %s, "sourceName": "Stadt Erlangen",
                 "lifecycle": [{"kind": "COUNCIL_DECISION", "occurredOn": "1983-05-10"},
                               {"kind": "CHARTER_SIGNED", "occurredOn": "1983-09-21"}]}"""
                .formatted(PartnershipApi.participants(a, b)))
                .statusCode(201)
                .extract().path("id");

        read(id)
                .body("establishedOn", equalTo("1983-05-10"))
                .body("lifecycle.kind", contains("COUNCIL_DECISION", "CHARTER_SIGNED"))
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void shouldRecordActiveWithUnknownHistoryWhenNeitherDateNorHistoryIsGiven() {
        String a = municipality("Leipzig", "DE", "DE-SN");
        String b = municipality("Ho Chi Minh City", "VN", null);
        String id = PartnershipApi.partnership("CONTACT", "", a, b);

        read(id)
                .body("establishedOn", nullValue())
                .body("lifecycle", hasSize(0))
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void shouldShowInternalContactsOnlyToThoseWhoMayWriteThePartnership() {
        String jena = municipality("Jena", "DE", "DE-TH");
        String brovary = municipality("Brovary", "UA", "UA-32");
        String id = post("""
                {"type": "SOLIDARITY", "participants": %s, "sourceName": "Stadt Jena",
                 "contacts": [
                   {"role": "Partnership office", "email": "partnerschaften@jena.de", "municipalityId": "%s"},
                   {"role": "Mayor's office, direct line", "phone": "+49 3641 49-2000", "internal": true}]}"""
                .formatted(PartnershipApi.participants(jena, brovary), jena))
                .statusCode(201)
                // The admin who created it may see and change them.
                .body("contacts", hasSize(2))
                .body("contacts[1].internal", equalTo(true))
                .extract().path("id");

        read(id)
                .body("contacts", hasSize(1))
                .body("contacts[0].role", equalTo("Partnership office"))
                .body("contacts[0].email", equalTo("partnerschaften@jena.de"))
                .body("contacts[0].municipalityId", equalTo(jena))
                .body(not(containsString("Mayor's office")))
                .body(not(containsString("internal")));
        given().queryParam("municipality", jena).get(PARTNERSHIPS).then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].contacts", hasSize(1))
                .body(not(containsString("Mayor's office")));
    }
}
