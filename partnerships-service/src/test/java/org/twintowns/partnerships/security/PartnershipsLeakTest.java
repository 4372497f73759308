package org.twintowns.partnerships.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.authz.PublicReads;

/**
 * Contacts marked internal are for those who may write the partnership, and appear in no public
 * representation of the registry, nor for an editor of another municipality.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class PartnershipsLeakTest {

    private static String created(String path, String json) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(json).post(path)
                .then().statusCode(201).extract().path("id");
    }

    private static String placedMunicipality(String name, double latitude, double longitude) {
        return created("/api/v1/municipalities", """
                {"name": "%s", "kind": "CITY", "country": "DE", "slug": "leak-%s",
                 "coordinates": {"latitude": %s, "longitude": %s}}"""
                .formatted(name, UUID.randomUUID().toString().substring(0, 8), latitude, longitude));
    }

    @Test
    void shouldShowInternalContactsNowhere() {
        String secret = "int" + UUID.randomUUID().toString().substring(0, 8);
        String topic = "leak-" + UUID.randomUUID().toString().substring(0, 8);
        String jena = placedMunicipality("Jena", 50.93, 11.59);
        String brovary = placedMunicipality("Brovary", 50.51, 30.79);
        String id = created("/api/v1/partnerships", """
                {"type": "SOLIDARITY", "sourceName": "Stadt Jena", "topics": ["%2$s"],
                 "participants": [{"municipalityId": "%3$s"}, {"municipalityId": "%4$s"}],
                 "contacts": [
                   {"role": "Partnership office", "email": "partnerschaften@jena.de"},
                   {"role": "Direct line %1$s", "email": "%1$s@jena.de", "phone": "+49 3641 49-2000",
                    "url": "https://intern.example.org/%1$s", "internal": true}]}"""
                .formatted(secret, topic, jena, brovary));

        new PublicReads()
                .json("/api/v1/partnerships/" + id)
                .json("/api/v1/partnerships?municipality=" + jena)
                .json("/api/v1/partnerships?topic=" + topic)
                .as("application/geo+json", "/api/v1/partnerships?topic=" + topic)
                .json("/api/v1/partnerships/statistics?topic=" + topic)
                .json("/api/v1/municipalities/" + jena + "/partners")
                .json("/api/v1/municipalities/" + brovary)
                .as("application/geo+json", "/api/v1/municipalities?name=Jena")
                .json("/api/v1/partnerships/consistency")
                .assertNoneContains(secret, "49-2000");
        // Nor does a token that may not write the partnership; its own editors see them, never cached.
        given().auth().oauth2(TestTokens.editorOf(UUID.randomUUID().toString())).get("/api/v1/partnerships/" + id)
                .then().statusCode(200)
                .body(not(containsString(secret)));
        given().auth().oauth2(TestTokens.editorOf(jena)).get("/api/v1/partnerships/" + id).then().statusCode(200)
                .body(containsString(secret))
                .header("Cache-Control", "private, no-store");
    }
}
