package org.twintowns.partnerships.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.NameTags;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/** Importing the Destatis list: who may, what a row becomes, and that a re-run changes nothing. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class DestatisImportTest {

    private static final String PATH = "/api/v1/imports/destatis-municipalities";

    private static String sample() throws IOException {
        try (InputStream in = DestatisImportTest.class.getResourceAsStream("/import/destatis-sample.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static RequestSpecification upload(String token, String csv, boolean dryRun) {
        var request = given().contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("dryRun", dryRun);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request;
    }

    /** The answer to an import that is refused at the POST. */
    private static ValidatableResponse refusedAs(String token, String csv) {
        return upload(token, csv, false).post(PATH).then();
    }

    /** The report of an import run by an admin. */
    private static JsonPath importAsAdmin(String csv, boolean dryRun) {
        return ImportJobClient.run(upload(TestTokens.admin(), csv, dryRun), PATH);
    }

    @Test
    void shouldRefuseImportWithoutAdminTokenAndWriteNothing() throws IOException {
        int before = germanMunicipalities();
        int jobs = ImportJobClient.jobs();
        assertProblem(refusedAs(null, sample()), 401).header("WWW-Authenticate", startsWith("Bearer"));
        assertProblem(refusedAs(TestTokens.forgedAdmin(), sample()), 401);
        assertProblem(refusedAs(TestTokens.editorOf(), sample()), 403);
        assertEquals(jobs, ImportJobClient.jobs(), "a refused import was queued");
        assertEquals(before, germanMunicipalities());
    }

    private static int germanMunicipalities() {
        return given().queryParam("country", "DE").queryParam("size", 1).get("/api/v1/municipalities")
                .then().statusCode(200).extract().path("totalItems");
    }

    @Test
    void shouldImportSampleReportEveryRowAndStayIdempotent() throws IOException {
        // Dry run first: the report is complete, the registry unchanged.
        int untouched = germanMunicipalities();
        JsonPath dryRun = importAsAdmin(sample(), true);
        assertEquals(true, dryRun.getBoolean("dryRun"));
        assertEquals(6, dryRun.getInt("rows"));
        assertEquals(1, dryRun.getInt("outcomes.SKIPPED"));
        assertEquals(1, dryRun.getInt("outcomes.FAILED"));
        assertEquals(untouched, germanMunicipalities());

        JsonPath report = importAsAdmin(sample(), false);
        Map<String, Integer> outcomes = report.getMap("outcomes");
        assertEquals(4, outcomes.get("CREATED") + outcomes.get("UPDATED") + outcomes.get("MATCHED"), outcomes.toString());
        List<Map<String, Object>> failed = report.getList("details.findAll { it.outcome == 'FAILED' }");
        assertEquals(List.of("no valid AGS (got '1605300X')"), failed.stream().map(r -> r.get("reason")).toList());

        given().get("/api/v1/municipalities/by-ags/01001000")
                .then().statusCode(200)
                .body("name", equalTo("Flensburg"))
                .body("kind", equalTo("CITY"))
                .body("subdivision", equalTo("DE-SH"))
                .body("population", equalTo(90164))
                .body("populationYear", equalTo(2020))
                .body("coordinates.latitude", equalTo(54.78252f))
                .body("coordinates.longitude", equalTo(9.43751f));
        // Several municipalities share the name: each slug carries its AGS.
        given().get("/api/v1/municipalities/by-ags/01051075").then().body("slug", equalTo("neuenkirchen-01051075"));

        // A second run matches every row and creates nothing.
        int afterFirstRun = germanMunicipalities();
        JsonPath again = importAsAdmin(sample(), false);
        assertEquals(0, again.getInt("outcomes.CREATED"));
        assertEquals(0, again.getInt("outcomes.UPDATED"));
        assertEquals(4, again.getInt("outcomes.MATCHED"));
        assertEquals(afterFirstRun, germanMunicipalities());
        given().get("/api/v1/municipalities/by-ags/03251028").then().statusCode(200).body("name", equalTo("Neuenkirchen"));
    }

    /** The header of the Destatis file. */
    private static final String HEADER = "satzart,textkennzeichen,land,rb,kreis,vb,gemeinde,gemeindename,flaeche,"
            + "bevoelkerung,maennlich,weiblich,jekm2,postleitzahl,laengengrad,breitengrad,schluessel,bezeichnung,"
            + "verstaedterungschluessel,verstaedterungbezeichnung\n";

    @Test
    void shouldGiveImportedMunicipalitiesTheIdsDerivedFromTheirAgs() {
        // docker/keycloak's demo editors name the ids of Jena and Kassel (OfficialCodeIdsTest): every
        // installation must give a new municipality the id derived from its AGS. Kreis 97 does not
        // exist in Thuringia, so no other test's municipality can be matched instead.
        String tag = NameTags.letters(12);
        String gemeinde = String.format("%03d", (int) (Math.random() * 1000));
        String ags = "16097" + gemeinde;
        JsonPath report = importAsAdmin(HEADER
                + "60,64,16,0,97,0000,%s,Neugründung %s, 1.00, 100,,,,,\"11,5\",\"50,9\",,,,\n".formatted(gemeinde, tag),
                false);

        assertEquals(List.of("CREATED"), report.getList("details.outcome"), report.getList("details").toString());
        String derived = OfficialCodeIds.municipality("DE", ags).toString();
        assertEquals(List.of(derived), report.getList("details.id"));
        given().get("/api/v1/municipalities/by-ags/" + ags).then().statusCode(200).body("id", equalTo(derived));
    }

    @Test
    void shouldKeepTheIdsOfMunicipalitiesThatExistedBeforeTheImport() {
        String tag = NameTags.letters(12);
        String gemeinde = String.format("%03d", (int) (Math.random() * 1000));
        // Kreis 98 and 99 do not exist in Thuringia (16): no real row can collide.
        String ags = "16099" + gemeinde;
        String laterAgs = "16098" + gemeinde;
        String knownByAgs = create("""
                {"name": "Altbestand %s", "kind": "MUNICIPALITY", "country": "DE", "officialCode": "%s"}"""
                .formatted(tag, ags));
        String knownByName = create("""
                {"name": "Namensdorf %s", "kind": "MUNICIPALITY", "country": "DE"}""".formatted(tag));

        JsonPath report = importAsAdmin(HEADER
                + "60,64,16,0,99,0000,%s,Altbestand %s, 1.00, 100,,,,,\"11,5\",\"50,9\",,,,\n".formatted(gemeinde, tag)
                + "60,64,16,0,98,0000,%s,Namensdorf %s, 1.00, 200,,,,,,,,,,\n".formatted(gemeinde, tag), false);

        assertEquals(List.of("UPDATED", "UPDATED"), report.getList("details.outcome"), report.getList("details").toString());
        assertEquals(List.of(knownByAgs, knownByName), report.getList("details.id"));
        given().get("/api/v1/municipalities/by-ags/" + ags).then().body("id", equalTo(knownByAgs));
        given().get("/api/v1/municipalities/by-ags/" + laterAgs).then().body("id", equalTo(knownByName));
        assertNotEquals(OfficialCodeIds.municipality("DE", ags).toString(), knownByAgs);
        assertNotEquals(OfficialCodeIds.municipality("DE", laterAgs).toString(), knownByName);
    }

    private static String create(String json) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(json)
                .post("/api/v1/municipalities").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldRejectAnEmptyUpload() {
        assertProblem(refusedAs(TestTokens.admin(), ""), 400);
    }

    @Test
    void shouldReportUnincorporatedAreasAsSkipped() throws IOException {
        JsonPath report = importAsAdmin(sample(), true);
        assertEquals("03151501 Giebel", report.getString("details.find { it.outcome == 'SKIPPED' }.key"));
        assertThat(report.getList("details.outcome"), hasItem("SKIPPED"));
    }

    @Test
    void shouldRejectFileOfAnotherShape() {
        assertProblem(refusedAs(TestTokens.admin(), "name,population\nJena,111343\n"), 400)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void shouldRefuseJsonUploads() {
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{}")
                .post(PATH).then(), 415);
    }
}
