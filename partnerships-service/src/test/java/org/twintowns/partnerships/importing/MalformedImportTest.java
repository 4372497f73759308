package org.twintowns.partnerships.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/** An import file that is not well-formed, or holds text that cannot be stored, is refused whole: 400, nothing written. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class MalformedImportTest {

    private static final String DESTATIS = "/api/v1/imports/destatis-municipalities";
    private static final String WIKIDATA = "/api/v1/imports/wikidata-twinnings";
    private static final String DESTATIS_HEADER = "satzart,textkennzeichen,land,rb,kreis,vb,gemeinde,gemeindename,"
            + "flaeche,bevoelkerung,maennlich,weiblich,jekm2,postleitzahl,laengengrad,breitengrad";
    private static final String DESTATIS_ROW = "60,63,16,0,53,,000,\"Jena, Stadt\",,110731,,,,,\"11,58\",\"50,92\"";
    private static final String WIKIDATA_HEADER = String.join("\t", "origincityLabel", "origincountry", "originlat",
            "originlong", "originpopulation", "sistercityLabel", "destinationlat", "destinationlong",
            "destinationpopulation", "destination_countryLabel");
    private static final String WIKIDATA_ROW = String.join("\t", "Jena", "Germany", "50.92", "11.58", "110731",
            "Aubervilliers", "48.91", "2.38", "86061", "France");

    private static void refused(String path, String contentType, String file) {
        int municipalities = count("/api/v1/municipalities");
        int partnerships = count("/api/v1/partnerships");
        int jobs = ImportJobClient.jobs();
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(contentType)
                .body(file.getBytes(StandardCharsets.UTF_8)).post(path).then(), 400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("nothing was imported"));
        assertEquals(municipalities, count("/api/v1/municipalities"), "a refused import wrote municipalities");
        assertEquals(partnerships, count("/api/v1/partnerships"), "a refused import wrote partnerships");
        assertEquals(jobs, ImportJobClient.jobs(), "a refused import was queued");
    }

    private static int count(String path) {
        return given().queryParam("size", 1).get(path).then().statusCode(200).extract().path("totalItems");
    }

    @Test
    void shouldRefuseACsvWhoseHeaderEndsInAnEmptyColumn() {
        refused(DESTATIS, "text/csv", DESTATIS_HEADER + ",\n" + DESTATIS_ROW + ",\n");
    }

    @Test
    void shouldRefuseACsvWithARepeatedColumnName() {
        refused(DESTATIS, "text/csv", DESTATIS_HEADER + ",land\n" + DESTATIS_ROW + ",16\n");
    }

    @Test
    void shouldRefuseACsvWithAnUnclosedQuoteAfterAGoodRow() {
        refused(DESTATIS, "text/csv", DESTATIS_HEADER + "\n" + DESTATIS_ROW + "\n"
                + "60,63,16,0,51,,000,\"Gera, Stadt,,93125,,,,,\"12,08\",\"50,88\"\n");
    }

    @Test
    void shouldRefuseACsvWithAnUnclosedQuoteInItsHeader() {
        refused(DESTATIS, "text/csv", "\"satzart,land\n" + DESTATIS_ROW + "\n");
    }

    @Test
    void shouldRefuseACsvWithNulInACell() {
        refused(DESTATIS, "text/csv", DESTATIS_HEADER + "\n" + DESTATIS_ROW.replace("Jena", "Je\u0000na") + "\n");
    }

    @Test
    void shouldRefuseATsvWhoseHeaderEndsInAnEmptyColumn() {
        refused(WIKIDATA, "text/tab-separated-values", WIKIDATA_HEADER + "\t\n" + WIKIDATA_ROW + "\t\n");
    }

    @Test
    void shouldRefuseATsvWithNulInACell() {
        refused(WIKIDATA, "text/tab-separated-values", WIKIDATA_HEADER + "\n"
                + WIKIDATA_ROW.replace("Aubervilliers", "Auber\u0000villiers") + "\n");
    }

    @Test
    void shouldStillImportAWellFormedFile() {
        JsonPath report = ImportJobClient.run(given().auth().oauth2(TestTokens.admin()).contentType("text/csv")
                .queryParam("dryRun", true)
                .body((DESTATIS_HEADER + "\n" + DESTATIS_ROW + "\n").getBytes(StandardCharsets.UTF_8)), DESTATIS);
        assertEquals(1, report.getInt("rows"));
    }
}
