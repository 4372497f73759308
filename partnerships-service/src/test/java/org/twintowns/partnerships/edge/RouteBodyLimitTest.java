package org.twintowns.partnerships.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.twintowns.partnerships.importing.ImportJobClient;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/** Only the imports take bodies of megabytes; every other route refuses more than 1 MiB with 413. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class RouteBodyLimitTest {

    private static final int MIB = 1024 * 1024;

    /** A municipality of about 2 MiB: far above the limit of every JSON route. */
    private static String hugeMunicipality() {
        return """
                {"name": "Groß", "kind": "CITY", "country": "DE", "description": "%s"}"""
                .formatted("x".repeat(2 * MIB));
    }

    private static int municipalities() {
        return given().queryParam("size", 1).get("/api/v1/municipalities").then().statusCode(200)
                .extract().path("totalItems");
    }

    @Test
    void shouldRefuseATwoMegabyteJsonBodyOnAWriteThatIsNoImport() {
        int before = municipalities();
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(hugeMunicipality()).post("/api/v1/municipalities").then(), 413)
                .body("detail", containsString("1048576 bytes"));
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(hugeMunicipality()).post("/api/v1/partnerships").then(), 413);
        assertEquals(before, municipalities());
    }

    @Test
    void shouldRefuseAChunkedOversizedJsonBodyToo() {
        byte[] body = hugeMunicipality().getBytes(StandardCharsets.UTF_8);
        // An InputStream body is sent without Content-Length, in chunks.
        int status = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(new ByteArrayInputStream(body)).post("/api/v1/municipalities").then().extract().statusCode();
        assertEquals(413, status);
    }

    @Test
    void shouldStillTakeTheWholeDestatisListOnTheImportRoute() throws IOException {
        byte[] file = Files.readAllBytes(Path.of("../data/destatis-gemeindeverzeichnis-2020.csv"));
        JsonPath job = ImportJobClient.succeeded(given().auth().oauth2(TestTokens.admin())
                .contentType("text/csv; charset=UTF-8").body(file).queryParam("dryRun", true),
                "/api/v1/imports/destatis-municipalities");
        assertThat(job.getInt("progress.rowsTotal"), greaterThan(10_000));
    }
}
