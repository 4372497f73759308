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
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.NameTags;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/**
 * The twinning import over HTTP: a list with its mapping in the query, or uploaded beside its JSON
 * mapping and a names file as multipart/form-data (.../files), each queued as a job; a mapping that is missing,
 * doubled or wrong is refused at the request and queues nothing.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class TwinningImportHttpTest {

    private static final String PATH = "/api/v1/imports/twinnings";

    private static String tag() {
        return NameTags.letters(6);
    }

    @Test
    void shouldImportAListWithItsColumnsInTheQuery() {
        String t = tag();
        String csv = """
                Stadt;Land;Partner;Partnerland;seit
                Aberaeron %1$s;Wales;Gallipolis %1$s;Ohio, United States;1985
                Batumi %1$s;Georgia (country);Rustavi %1$s;Georgien;1992
                """.formatted(t);
        JsonPath report = ImportJobClient.run(given().auth().oauth2(TestTokens.admin())
                .contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("columns", "a.name=Stadt,a.country=Land,b.name=Partner,b.country=Partnerland,start=seit,"
                        + "source.name=@Städtepartnerschaften " + t), PATH);
        assertEquals("twinnings", report.getString("source"));
        assertEquals(2, report.getInt("outcomes.CREATED"), report.prettify());
        given().get("/api/v1/partnerships/" + report.getString("details[0].id")).then().statusCode(200)
                .body("establishedOn", equalTo("1985-01-01")).body("sourceName", equalTo("Städtepartnerschaften " + t));
    }

    @Test
    void shouldImportWikidataPairsUploadedBesideTheirNamesAndAJsonMapping() {
        String t = tag();
        String q1 = "Q9" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        String q2 = "Q9" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        String pairs = "item,twin\n%s,%s\n".formatted(q1, q2);
        String names = "qid,name,country\n%s,Einsdorf %s,Deutschland\n%s,Deuxville %s,France\n".formatted(q1, t, q2, t);
        JsonPath report = ImportJobClient.run(given().auth().oauth2(TestTokens.admin())
                .multiPart("file", "pairs.csv", pairs.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("names", "names.csv", names.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                // A mapping longer than Vert.x's default limit of form fields (2 KiB) is read whole.
                .multiPart("mapping", "{\"preset\": \"wikidata-qids\"," + " ".repeat(5000) + "\"list\": \"qid-pairs-"
                        + t + "\"}", "application/json"), PATH + "/files");
        assertEquals(1, report.getInt("outcomes.CREATED"), report.prettify());
        given().get("/api/v1/municipalities/by-wikidata/" + q2).then().statusCode(200)
                .body("name", equalTo("Deuxville " + t)).body("country", equalTo("FR"));
    }

    @Test
    void shouldRefuseAMissingDoubledOrWrongMappingAndQueueNothing() {
        int before = ImportJobClient.jobs();
        String csv = "Stadt,Partner\nJena,Erlangen\n";
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(csv).post(PATH).then(), 400)
                .body("errors[0].field", equalTo("mapping"));
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(csv)
                .queryParam("preset", "wikidata-2017").queryParam("columns", "a.name=Stadt").post(PATH).then(), 400)
                .body("errors[0].field", equalTo("mapping"));
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(csv)
                .queryParam("preset", "no-such-list").post(PATH).then(), 400)
                .body("errors[0].field", equalTo("mapping"));
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(csv)
                .queryParam("columns", "a.name=Stadt,a.country=@DE,b.name=Partnerin,b.country=@FR,source.name=@x")
                .post(PATH).then(), 400)
                .body("errors[0].field", equalTo("body")).body("errors[0].message", containsString("Partnerin"));
        assertEquals(before, ImportJobClient.jobs());
    }
}
