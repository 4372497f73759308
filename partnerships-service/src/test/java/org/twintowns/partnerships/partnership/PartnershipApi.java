package org.twintowns.partnerships.partnership;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.twintowns.commons.text.Slugs;
import org.twintowns.testing.TestTokens;

/** Small REST helpers the partnership tests share; every test still creates its own data. */
public final class PartnershipApi {

    public static final String PARTNERSHIPS = "/api/v1/partnerships";
    static final String MUNICIPALITIES = "/api/v1/municipalities";

    private PartnershipApi() {
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A topic no other test uses, to scope list and statistics queries to one test's data. */
    public static String uniqueTopic() {
        return "t-" + suffix();
    }

    /** Registers a municipality under its real name with a unique slug, and returns its id. */
    public static String municipality(String name, String country, String subdivision) {
        String body = subdivision == null
                ? """
                  {"name": "%s", "slug": "%s", "kind": "CITY", "country": "%s"}"""
                        .formatted(name, Slugs.of(name, 100) + "-" + suffix(), country)
                : """
                  {"name": "%s", "slug": "%s", "kind": "CITY", "country": "%s", "subdivision": "%s"}"""
                        .formatted(name, Slugs.of(name, 100) + "-" + suffix(), country, subdivision);
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .post(MUNICIPALITIES)
                .then().statusCode(201)
                .extract().path("id");
    }

    static String participants(String... municipalityIds) {
        return Arrays.stream(municipalityIds)
                .map(id -> "{\"municipalityId\": \"" + id + "\"}")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    static ValidatableResponse post(String json) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(json).post(PARTNERSHIPS).then();
    }

    /** A partnership with the least a create needs, plus the given extra members (JSON, may be empty). */
    public static String partnership(String type, String extra, String... municipalityIds) {
        return post("""
                {"type": "%s", "participants": %s, "sourceName": "Test fixture"%s}"""
                .formatted(type, participants(municipalityIds), extra.isEmpty() ? "" : ", " + extra))
                .statusCode(201)
                .extract().path("id");
    }

    static ValidatableResponse read(String id) {
        return given().get(PARTNERSHIPS + "/" + id).then().statusCode(200);
    }

    static String etagOf(String id) {
        return read(id).extract().header("ETag");
    }
}
