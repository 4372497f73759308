package org.twintowns.partnerships.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.RequestExamplesCheck;
import org.twintowns.testing.TestTokens;

/**
 * The request examples of partnerships-service's contract are requests it takes, sent as they stand
 * by an admin: accepted, or refused only for the municipalities they name, which do not exist here.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class RequestExamplesTest extends RequestExamplesCheck {

    private static final String MUNICIPALITIES = "/api/v1/municipalities";
    private static final String PARTNERSHIPS = "/api/v1/partnerships";
    private static final String UNKNOWN_REFERENCE = "https://twintowns.org/problems/unknown-reference";

    @Test
    void shouldRegisterTheMunicipalityOfTheCreateExample() {
        JsonNode example = example("createMunicipality");
        asAdmin().body(example.toString()).post(MUNICIPALITIES)
                .then().statusCode(201)
                .body("slug", equalTo(example.get("slug").asText()))
                .body("otherNames.name", hasItem("Brovary"));
    }

    @Test
    void shouldChangeAMunicipalityWithTheUpdateExample() {
        String id = municipality();
        asAdmin().header("If-Match", etag(MUNICIPALITIES + "/" + id)).body(example("updateMunicipality").toString())
                .put(MUNICIPALITIES + "/" + id)
                .then().statusCode(200)
                .body("slug", equalTo("boryspil"));
    }

    @Test
    void shouldRefuseTheMergeExampleOnlyForItsUnknownSuccessor() {
        String id = municipality();
        assertProblem(asAdmin().header("If-Match", etag(MUNICIPALITIES + "/" + id))
                .body(example("mergeMunicipality").toString()).post(MUNICIPALITIES + "/" + id + "/merge").then(), 400)
                .body("errors.field", everyItem(equalTo("into")))
                .body("errors.message", everyItem(startsWith("no municipality with id")));
    }

    @Test
    void shouldRefuseTheCreateExampleOnlyForItsUnknownParticipants() {
        assertProblem(asAdmin().body(example("createPartnership").toString()).post(PARTNERSHIPS).then(), 422)
                .body("type", equalTo(UNKNOWN_REFERENCE))
                .body("errors.field", everyItem(startsWith("participants[")));
    }

    @Test
    void shouldRefuseTheUpdateExampleOnlyForItsUnknownParticipants() {
        String id = partnership();
        assertProblem(asAdmin().header("If-Match", etag(PARTNERSHIPS + "/" + id))
                .body(example("updatePartnership").toString()).put(PARTNERSHIPS + "/" + id).then(), 422)
                .body("type", equalTo(UNKNOWN_REFERENCE))
                .body("errors.field", everyItem(startsWith("participants[")));
    }

    @Test
    void shouldRecordTheLifecycleExample() {
        String id = partnership();
        JsonNode example = example("recordPartnershipLifecycleEvent");
        asAdmin().header("If-Match", etag(PARTNERSHIPS + "/" + id)).body(example.toString())
                .post(PARTNERSHIPS + "/" + id + "/lifecycle")
                .then().statusCode(201)
                .body("status", equalTo(example.get("kind").asText()));
    }

    private static RequestSpecification asAdmin() {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON);
    }

    private static String municipality() {
        String slug = "example-" + UUID.randomUUID().toString().substring(0, 8);
        return asAdmin().body("""
                {"name": "Beispielstadt", "slug": "%s", "kind": "CITY", "country": "DE"}""".formatted(slug))
                .post(MUNICIPALITIES).then().statusCode(201).extract().path("id");
    }

    /** A partnership established in 2005, before the lifecycle example's date. */
    private static String partnership() {
        return asAdmin().body("""
                {"type": "COOPERATION", "participants": [{"municipalityId": "%s"}, {"municipalityId": "%s"}],
                 "establishedOn": "2005-06-01", "sourceName": "Test fixture"}""".formatted(municipality(), municipality()))
                .post(PARTNERSHIPS).then().statusCode(201).extract().path("id");
    }

    private static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }
}
