package org.twintowns.news;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.twintowns.testing.TestTokens;

/** Builds requests for the news API the way the tests need them. */
public final class NewsFixtures {

    public static final String PATH = "/api/v1/news";

    private NewsFixtures() {
    }

    /** A short random marker that makes a test's data its own. */
    public static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    public static RequestSpecification asAdmin() {
        return as(TestTokens.admin());
    }

    public static RequestSpecification asEditorOf(UUID municipality) {
        return as(TestTokens.editorOf(municipality.toString()));
    }

    /** An item issued by a municipality, with the given extra JSON members (may be empty). */
    public static String item(String headline, UUID issuer, String extra) {
        return """
                {"headline": "%s", "lead": "Kurz gesagt.", "body": "<p>Der ganze Text.</p>", "language": "de",
                 "issuerMunicipalityId": "%s"%s}""".formatted(headline, issuer, extra.isEmpty() ? "" : ", " + extra);
    }

    public static Response create(RequestSpecification as, String json) {
        return as.contentType(ContentType.JSON).body(json).post(PATH);
    }

    /** Creates an item as admin and answers its id; fails the test unless it was created. */
    public static String createAsAdmin(String json) {
        return create(asAdmin(), json).then().statusCode(201).extract().path("id");
    }

    public static Response changeStatus(RequestSpecification as, String id, String etag, String json) {
        return as.contentType(ContentType.JSON).header("If-Match", etag).body(json).post(PATH + "/" + id + "/status");
    }

    public static String etagAsAdmin(String id) {
        return asAdmin().get(PATH + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** Moves an item to a status as admin and answers its new ETag. */
    public static String moveAsAdmin(String id, String statusJson) {
        return changeStatus(asAdmin(), id, etagAsAdmin(id), statusJson).then().statusCode(200).extract().header("ETag");
    }
}
