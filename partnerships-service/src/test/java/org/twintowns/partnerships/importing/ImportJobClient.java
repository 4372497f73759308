package org.twintowns.partnerships.importing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.twintowns.testing.TestTokens;

/**
 * Runs an import as a client does: POST the file (202 and the job's Location), wait for the job
 * with {@code Prefer: wait}, then read every row of its report page by page. The result is the job
 * with its rows as {@code details} and their number as {@code rows}: the whole report.
 */
public final class ImportJobClient {

    private static final String JOBS = "/api/v1/imports/jobs";
    private static final Duration LONGEST_IMPORT = Duration.ofMinutes(3);

    private ImportJobClient() {
    }

    /** Posts the import, expects it queued, and gives the report once the job SUCCEEDED. */
    public static JsonPath run(RequestSpecification request, String path) {
        return report(accepted(request.post(path).then().extract()));
    }

    /**
     * Posts the import, expects it queued, and gives the job once it SUCCEEDED without reading its rows:
     * for large files whose rows a test does not look at. {@code progress.rowsTotal} counts them.
     */
    public static JsonPath succeeded(RequestSpecification request, String path) {
        return succeeded(accepted(request.post(path).then().extract()));
    }

    /** The job's path from a 202 answer, checked to be one. */
    public static String accepted(ExtractableResponse<Response> answer) {
        assertEquals(202, answer.statusCode(), answer.asString());
        String location = answer.header("Location");
        assertNotNull(location, "a queued import names its job");
        return URI.create(location).getPath();
    }

    /** The job once it ended, whatever its state. */
    public static JsonPath ended(String job) {
        long deadline = System.nanoTime() + LONGEST_IMPORT.toNanos();
        while (System.nanoTime() - deadline < 0) {
            JsonPath state = given().auth().oauth2(TestTokens.admin()).header("Prefer", "wait=10").get(job)
                    .then().statusCode(200).extract().jsonPath();
            if (List.of("SUCCEEDED", "FAILED").contains(state.getString("state"))) {
                return state;
            }
        }
        return fail("import job " + job + " did not end within " + LONGEST_IMPORT);
    }

    /** The whole report of a job that SUCCEEDED: the job, and its rows as details. */
    public static JsonPath report(String job) {
        JsonPath ended = succeeded(job);
        Map<String, Object> report = new LinkedHashMap<>(ended.getMap(""));
        List<Object> details = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath rows = given().auth().oauth2(TestTokens.admin()).queryParam("page", page).queryParam("size", 100)
                    .get(job + "/rows").then().statusCode(200).extract().jsonPath();
            details.addAll(rows.getList("items"));
            if (page + 1 >= rows.getInt("totalPages")) {
                break;
            }
        }
        report.put("details", details);
        report.put("rows", ended.getInt("progress.rowsTotal"));
        try {
            return JsonPath.from(new ObjectMapper().writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath succeeded(String job) {
        JsonPath ended = ended(job);
        assertEquals("SUCCEEDED", ended.getString("state"), ended.prettify());
        return ended;
    }

    /** How many jobs the service keeps: an import refused at the POST adds none. */
    public static int jobs() {
        return given().auth().oauth2(TestTokens.admin()).queryParam("size", 1).get(JOBS)
                .then().statusCode(200).extract().path("totalItems");
    }

    /**
     * Waits until the newest job ended, so that what a test reads next shows what the last import did
     * (or that an import it expected to be refused was not queued after all).
     */
    public static void settle() {
        List<String> newest = given().auth().oauth2(TestTokens.admin()).queryParam("size", 1).get(JOBS)
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        newest.forEach(id -> ended(JOBS + "/" + id));
    }
}
