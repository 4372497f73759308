package org.twintowns.partnerships.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.twintowns.partnerships.partnership.PartnershipApi.PARTNERSHIPS;
import static org.twintowns.partnerships.partnership.PartnershipApi.municipality;
import static org.twintowns.partnerships.partnership.PartnershipApi.partnership;
import static org.twintowns.partnerships.partnership.PartnershipApi.uniqueTopic;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/** Statistics over the partnerships a filter selects. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class PartnershipStatisticsTest {

    private static final String STATISTICS = PARTNERSHIPS + "/statistics";

    private static void tagged(String topic, String type, String establishedOn, String... municipalityIds) {
        String founded = establishedOn == null ? "" : ", \"establishedOn\": \"" + establishedOn + "\"";
        partnership(type, "\"topics\": [\"" + topic + "\"]" + founded, municipalityIds);
    }

    @Test
    void shouldCountGermanUkrainianPartnershipsAndTheirGrowth() {
        String topic = uniqueTopic();
        String jena = municipality("Jena", "DE", "DE-TH");
        String kassel = municipality("Kassel", "DE", "DE-HE");
        String leipzig = municipality("Leipzig", "DE", "DE-SN");
        String brovary = municipality("Brovary", "UA", "UA-32");
        String boryspil = municipality("Boryspil", "UA", "UA-32");
        String kyiv = municipality("Kyiv", "UA", "UA-30");
        String krakow = municipality("Kraków", "PL", null);
        String novyUrengoy = municipality("Novy Urengoy", "RU", null);
        tagged(topic, "TWINNING", "1989-06-01", leipzig, kyiv);
        tagged(topic, "SOLIDARITY", "2022-09-28", jena, brovary);
        tagged(topic, "SOLIDARITY", "2022-11-01", kassel, boryspil);
        tagged(topic, "COOPERATION", "2024-05-01", jena, brovary, krakow);
        tagged(topic, "CONTACT", null, leipzig, boryspil);
        // Not German–Ukrainian: must not count.
        tagged(topic, "COOPERATION", "2005-01-01", kassel, novyUrengoy);
        partnership("COOPERATION", """
                "topics": ["%s"], "lifecycle": [{"kind": "ESTABLISHED", "occurredOn": "2023-02-01"},
                {"kind": "ENDED", "occurredOn": "2023-06-01", "reason": "Merged into the solidarity partnership"}]"""
                .formatted(topic), kassel, brovary);

        given().queryParam("topic", topic).queryParam("country", "DE").queryParam("partnerCountry", "UA")
                .get(STATISTICS).then()
                .statusCode(200)
                .body("total", equalTo(6))
                .body("byPartnerCountry.country", contains("UA", "PL"))
                .body("byPartnerCountry.count", contains(6, 1))
                .body("byType.type", contains("TWINNING", "FRIENDSHIP", "SOLIDARITY", "PROJECT", "COOPERATION", "CONTACT"))
                .body("byType.count", contains(1, 0, 2, 0, 2, 1))
                .body("byStatus.status", contains("ACTIVE", "SUSPENDED", "ENDED"))
                .body("byStatus.count", contains(5, 0, 1))
                .body("byDecade.decade", contains(1980, 2020))
                .body("byDecade.count", contains(1, 4))
                // Every year from the first to the last, gaps filled, with the running total.
                .body("byYear", hasSize(2024 - 1989 + 1))
                .body("byYear[0].year", equalTo(1989))
                .body("byYear[0].count", equalTo(1))
                .body("byYear[1].year", equalTo(1990))
                .body("byYear[1].count", equalTo(0))
                .body("byYear[1].cumulative", equalTo(1))
                .body("byYear.find { it.year == 2022 }.count", equalTo(2))
                .body("byYear.find { it.year == 2022 }.cumulative", equalTo(3))
                .body("byYear.find { it.year == 2023 }.cumulative", equalTo(4))
                .body("byYear[-1].year", equalTo(2024))
                .body("byYear[-1].cumulative", equalTo(5));

        given().queryParam("topic", topic).queryParam("country", "DE").queryParam("partnerCountry", "UA")
                .queryParam("foundedFrom", 2022).get(STATISTICS).then()
                .body("total", equalTo(4))
                .body("byYear.year", contains(2022, 2023, 2024))
                .body("byYear.cumulative", contains(2, 3, 4));
    }

    @Test
    void shouldCountEveryParticipantCountryWithoutCountryFilter() {
        String topic = uniqueTopic();
        String wolfsburg = municipality("Wolfsburg", "DE", "DE-NI");
        String toyohashi = municipality("Toyohashi", "JP", null);
        String jendouba = municipality("Jendouba", "TN", null);
        tagged(topic, "FRIENDSHIP", "1987-01-01", wolfsburg, toyohashi);
        tagged(topic, "PROJECT", "2019-01-01", wolfsburg, jendouba);

        given().queryParam("topic", topic).get(STATISTICS).then()
                .body("total", equalTo(2))
                .body("byPartnerCountry.country", contains("DE", "JP", "TN"))
                .body("byPartnerCountry.count", contains(2, 1, 1));
        given().queryParam("topic", topic).queryParam("country", "DE").get(STATISTICS).then()
                .body("byPartnerCountry.country", contains("JP", "TN"));
    }

    @Test
    void shouldAnswerZerosWhenNothingMatches() {
        given().queryParam("topic", uniqueTopic()).get(STATISTICS).then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("byPartnerCountry", hasSize(0))
                .body("byType", hasSize(6))
                .body("byStatus.count", contains(0, 0, 0))
                .body("byDecade", hasSize(0))
                .body("byYear", hasSize(0));
    }

    @Test
    void shouldRejectInvalidFilter() {
        assertProblem(given().queryParam("foundedFrom", 2022).queryParam("foundedTo", 2000).get(STATISTICS).then(), 400)
                .body("errors[0].field", equalTo("foundedTo"));
        assertProblem(given().queryParam("status", "PAUSED").get(STATISTICS).then(), 400)
                .body("errors[0].field", equalTo("status"));
    }
}
