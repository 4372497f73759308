package org.twintowns.partnerships.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.twintowns.partnerships.partnership.PartnershipApi.MUNICIPALITIES;
import static org.twintowns.partnerships.partnership.PartnershipApi.municipality;
import static org.twintowns.partnerships.partnership.PartnershipApi.partnership;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/** A municipality's partners, seen from the municipality. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class MunicipalityPartnersTest {

    private static String partnersOf(String id) {
        return MUNICIPALITIES + "/" + id + "/partners";
    }

    @Test
    void shouldListEveryOtherParticipantWithItsPartnership() {
        String jena = municipality("Jena", "DE", "DE-TH");
        String brovary = municipality("Brovary", "UA", "UA-32");
        String boryspil = municipality("Boryspil", "UA", "UA-32");
        String solidarity = partnership("SOLIDARITY", "\"establishedOn\": \"2022-09-28\"", jena, brovary);
        String threeWay = partnership("COOPERATION", "", brovary, boryspil, jena);

        given().get(partnersOf(jena)).then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.name", contains("Boryspil", "Brovary", "Brovary"))
                .body("items.find { it.partnershipId == '" + solidarity + "' }.municipalityId", equalTo(brovary))
                .body("items.find { it.partnershipId == '" + solidarity + "' }.country", equalTo("UA"))
                .body("items.find { it.partnershipId == '" + solidarity + "' }.type", equalTo("SOLIDARITY"))
                .body("items.find { it.partnershipId == '" + solidarity + "' }.status", equalTo("ACTIVE"))
                .body("items.find { it.partnershipId == '" + solidarity + "' }.establishedOn", equalTo("2022-09-28"))
                .body("items.findAll { it.partnershipId == '" + threeWay + "' }.name", contains("Boryspil", "Brovary"));
        given().get(partnersOf(boryspil)).then()
                .body("items.name", contains("Brovary", "Jena"))
                .body("items.partnershipId", contains(threeWay, threeWay));
    }

    @Test
    void shouldSortAndPagePartners() {
        String wolfsburg = municipality("Wolfsburg", "DE", "DE-NI");
        partnership("FRIENDSHIP", "\"establishedOn\": \"1987-01-01\"", wolfsburg, municipality("Toyohashi", "JP", null));
        partnership("TWINNING", "\"establishedOn\": \"1970-01-01\"", wolfsburg, municipality("Marignane", "FR", null));
        partnership("PROJECT", "\"establishedOn\": \"2019-01-01\"", wolfsburg, municipality("Jendouba", "TN", null));

        given().queryParam("sort", "-establishedOn").queryParam("size", 2).get(partnersOf(wolfsburg)).then()
                .body("items.name", contains("Jendouba", "Toyohashi"))
                .body("totalPages", equalTo(2))
                .header("Link", containsString("rel=\"next\""));
        given().queryParam("sort", "country").get(partnersOf(wolfsburg)).then()
                .body("items.country", contains("FR", "JP", "TN"));
    }

    @Test
    void shouldAnswerEmptyListForMunicipalityWithoutPartnerships() {
        given().get(partnersOf(municipality("Loner", "DE", null))).then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("totalItems", equalTo(0));
    }

    @Test
    void shouldAnswerNotFoundForUnknownMunicipality() {
        assertProblem(given().get(partnersOf(UUID.randomUUID().toString())).then(), 404)
                .body("type", equalTo("https://twintowns.org/problems/resource-not-found"))
                .body("detail", containsString("municipality"));
    }

    @Test
    void shouldRejectSortingByUnknownField() {
        assertProblem(given().queryParam("sort", "population").get(partnersOf(municipality("Jena", "DE", null))).then(),
                400)
                .body("errors[0].field", equalTo("sort"));
    }
}
