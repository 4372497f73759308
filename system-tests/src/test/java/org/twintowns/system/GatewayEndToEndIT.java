package org.twintowns.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twintowns.testing.TestTokens;

/** The platform as a client sees it: through the gateway only. */
@ExtendWith(PlatformExtension.class)
class GatewayEndToEndIT {

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldReachEveryServiceThroughTheGateway() {
        for (String path : new String[] {"/api/v1/municipalities", "/api/v1/events", "/api/v1/news"}) {
            given().get(path)
                    .then().statusCode(200)
                    .contentType(ContentType.JSON)
                    .body("page", equalTo(0))
                    .body("totalItems", notNullValue())
                    .header("Link", notNullValue());
        }
    }

    @Test
    void shouldCreateMunicipalityAndReadItBackThroughTheGateway(Platform platform) {
        String name = unique("Brovary");
        String location = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "kind": "CITY", "country": "UA", "subdivision": "UA-32"}""".formatted(name))
                .post("/api/v1/municipalities")
                .then().statusCode(201)
                .extract().header("Location");
        // The service builds Location from the public base URL (TT_PUBLIC_BASE_URL): it names the gateway.
        assertTrue(location.startsWith("http://127.0.0.1:" + platform.gatewayPort() + "/api/v1/municipalities/"),
                location);
        given().get(location)
                .then().statusCode(200)
                .body("name", equalTo(name))
                .body("subdivision", equalTo("UA-32"));
        given().queryParam("name", name).get("/api/v1/municipalities")
                .then().statusCode(200)
                .body("items.name", hasItem(name));
    }

    @Test
    void shouldRegisterPartnershipAndMapItThroughTheGateway() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String jena = createMunicipality("Jena " + tag, "DE", 50.927, 11.586);
        String brovary = createMunicipality("Brovary " + tag, "UA", 50.511, 30.790);
        String location = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"type": "SOLIDARITY", "participants": [{"municipalityId": "%s"}, {"municipalityId": "%s"}],
                         "topics": ["rehabilitation", "fire-services"], "sourceName": "Stadt Jena press release"}"""
                        .formatted(jena, brovary))
                .post("/api/v1/partnerships")
                .then().statusCode(201)
                .header("ETag", notNullValue())
                .extract().header("Location");
        String etag = given().get(location).then().statusCode(200)
                .body("type", equalTo("SOLIDARITY"))
                .body("status", equalTo("ACTIVE"))
                .extract().header("ETag");
        // Conditional requests and other media types pass through the gateway unchanged.
        given().header("If-None-Match", etag).get(location).then().statusCode(304);
        given().accept("application/geo+json").queryParam("municipality", jena).get("/api/v1/partnerships")
                .then().statusCode(200)
                .contentType(startsWith("application/geo+json"))
                .body("features[0].geometry.type", equalTo("LineString"));
    }

    /** A city with coordinates, created as admin through the gateway; its id. ExplorerIT makes its map with it. */
    static String createMunicipality(String name, String country, double lat, double lon) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "kind": "CITY", "country": "%s", "coordinates": {"latitude": %s, "longitude": %s}}"""
                        .formatted(name, country, lat, lon))
                .post("/api/v1/municipalities")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldCreateEventAndReadItBackThroughTheGateway() {
        String title = unique("3. Bundeskonferenz der kommunalen Partnerschaften mit Asien");
        // The organizer is checked with partnerships-service, through its own REST client.
        String leipzig = createMunicipality(unique("Leipzig"), "DE", 51.34, 12.37);
        String location = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"title": {"de": "%s"}, "kind": "CONFERENCE", "attendanceMode": "ONLINE",
                         "startsAt": "2027-03-01T09:00:00+01:00", "endsAt": "2027-03-03T16:00:00+01:00",
                         "timeZone": "Europe/Berlin", "joinUrl": "https://konferenz.example.org/asien",
                         "organizers": ["%s"]}"""
                        .formatted(title, leipzig))
                .post("/api/v1/events")
                .then().statusCode(201)
                .extract().header("Location");
        given().get(location)
                .then().statusCode(200)
                .body("title.de", equalTo(title))
                .body("startsAt", startsWith("2027-03-01T09:00"))
                .body("timeZone", equalTo("Europe/Berlin"));
    }

    @Test
    void shouldCreateNewsItemAndReadItBackThroughTheGateway() {
        String headline = unique("Jena empfängt Delegation aus Brovary");
        String location = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"headline": "%s", "body": "<p>Eine Delegation aus Brovary besuchte Jena.</p>",
                         "language": "de", "status": "PUBLISHED", "issuerName": "Stadt Jena"}""".formatted(headline))
                .post("/api/v1/news")
                .then().statusCode(201)
                .extract().header("Location");
        given().get(location)
                .then().statusCode(200)
                .body("headline", equalTo(headline))
                .body("status", equalTo("PUBLISHED"));
    }

    @Test
    void shouldAnswerErrorsOfEveryServiceWithProblemDetails() {
        for (String collection : new String[] {"/api/v1/municipalities", "/api/v1/events", "/api/v1/news"}) {
            assertProblem(given().get(collection + "/" + UUID.randomUUID()).then(), 404);
            assertProblem(given().auth().oauth2(TestTokens.admin()).delete(collection).then(), 405);
            assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.TEXT).body("hello")
                    .post(collection).then(), 415);
            assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"oops\": ").post(collection).then(), 400)
                    .body("type", equalTo("https://twintowns.org/problems/malformed-request-body"));
            assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{}").post(collection).then(), 400)
                    .body("type", equalTo("https://twintowns.org/problems/validation-failed"))
                    .body("errors.size()", org.hamcrest.Matchers.greaterThan(0));
            assertProblem(given().queryParam("size", 5000).get(collection).then(), 400)
                    .body("errors.field", hasItem("size"));
        }
    }

    @Test
    void shouldAnswerPathsNoServiceOwnsWithProblemDetails() {
        assertProblem(given().get("/api/v1/no-such-collection").then(), 404);
        assertProblem(given().accept("text/html").get("/definitely/not/here").then(), 404);
    }

    @Test
    void shouldCarryRequestIdAcrossTheGatewayIntoTheServiceLogs(Platform platform) throws InterruptedException {
        String id = "e2e-" + UUID.randomUUID();
        given().header("X-Request-ID", id)
                .get("/api/v1/municipalities/" + UUID.randomUUID())
                .then().statusCode(404)
                .header("X-Request-ID", id)
                .body("requestId", equalTo(id));
        // The service logs the request it answered under the client's id. (The gateway writes no
        // access log by default, TT_GATEWAY_ACCESS_LOG: a line per request would only repeat this one.)
        platform.service("partnerships").awaitLogLine(id);
    }

    @Test
    void shouldGenerateRequestIdAtTheGatewayAndUseItDownstream(Platform platform) throws InterruptedException {
        String id = given().get("/api/v1/news/" + UUID.randomUUID())
                .then().statusCode(404)
                .extract().header("X-Request-ID");
        assertTrue(id.matches("[0-9a-f-]{36}"), id);
        platform.service("news").awaitLogLine(id);
    }
}
