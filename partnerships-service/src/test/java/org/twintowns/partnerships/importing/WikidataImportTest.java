package org.twintowns.partnerships.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/** Importing Wikidata twinnings on top of the official municipality list. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class WikidataImportTest {

    @BeforeEach
    void importOfficialList() throws IOException {
        // The German places are matched against the real Destatis list (importing it is idempotent).
        ImportJobClient.succeeded(given().auth().oauth2(TestTokens.admin()).contentType("text/csv; charset=UTF-8")
                .body(Files.readAllBytes(Path.of("../data/destatis-gemeindeverzeichnis-2020.csv"))),
                "/api/v1/imports/destatis-municipalities");
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = WikidataImportTest.class.getResourceAsStream("/import/wikidata-sample.tsv")) {
            return in.readAllBytes();
        }
    }

    private static JsonPath importSample(boolean dryRun) throws IOException {
        return ImportJobClient.run(given().auth().oauth2(TestTokens.admin())
                .contentType("text/tab-separated-values; charset=UTF-8").body(sample())
                .queryParam("dryRun", dryRun), "/api/v1/imports/wikidata-twinnings");
    }

    private static String idByAgs(String ags) {
        return given().get("/api/v1/municipalities/by-ags/" + ags).then().statusCode(200).extract().path("id");
    }

    @Test
    void shouldMatchGermanPlacesToAgsAndRecordTwinningsOnce() throws IOException {
        var munichBefore = given().get("/api/v1/municipalities/by-ags/09162000").then().statusCode(200).extract();
        JsonPath report = importSample(false);
        Map<String, Integer> outcomes = report.getMap("outcomes");
        assertEquals(14, report.getInt("rows"));
        assertEquals(1, outcomes.get("FAILED"), "the row with a broken country label");
        List<String> failed = report.getList("details.findAll { it.outcome == 'FAILED' }.reason");
        assertEquals(List.of("unknown partner country 't430222130'"), failed);
        // Listed twice (Aschaffenburg–Miskolc) or from both sides (Jena–Erlangen, Seesen–Thale):
        // matched, never a second partnership.
        assertTrue(outcomes.get("MATCHED") >= 3, outcomes.toString());

        // Munich is München (AGS 09162000), and Frankfurt near 50.1 N is Frankfurt am Main.
        String munich = idByAgs("09162000");
        given().get("/api/v1/municipalities/" + munich + "/partners").then().statusCode(200)
                .body("items.name", hasItem("Verona"));
        given().queryParam("name", "Munich").queryParam("country", "DE").get("/api/v1/municipalities")
                .then().body("items.id", hasItem(munich));
        // The English name is a new row of München's names: its version moves all the same (issue 18, property 2).
        if (!munichBefore.jsonPath().getList("otherNames.name").contains("Munich")) {
            assertNotEquals(munichBefore.header("ETag"),
                    given().get("/api/v1/municipalities/" + munich).then().extract().header("ETag"));
        }
        given().get("/api/v1/municipalities/" + idByAgs("06412000") + "/partners")
                .then().body("items.name", hasItem("Budapest"));

        // Jena–Erlangen is one partnership, whichever side listed it.
        given().queryParam("municipality", idByAgs("16053000")).queryParam("partnerCountry", "DE")
                .get("/api/v1/partnerships")
                .then().statusCode(200)
                .body("items.findAll { it.participants.municipalityId.contains('%s') }".formatted(idByAgs("09562000")),
                        hasSize(1));

        assertTrue(report.getDouble("figures.agsSharePercent") > 80, report.getString("figures").toString());

        // A second run changes nothing.
        JsonPath again = importSample(false);
        assertEquals(0, again.getInt("outcomes.CREATED"));
        assertEquals(0, again.getInt("figures.municipalitiesCreated"));
    }

    @Test
    void shouldWriteNothingInADryRun() throws IOException {
        int before = given().queryParam("size", 1).get("/api/v1/partnerships").then().extract().path("totalItems");
        JsonPath report = importSample(true);
        assertEquals(true, report.getBoolean("dryRun"));
        given().queryParam("size", 1).get("/api/v1/partnerships").then().body("totalItems", equalTo(before));
    }
}
