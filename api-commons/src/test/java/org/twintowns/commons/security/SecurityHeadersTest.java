package org.twintowns.commons.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.http.PublicCaching;

/** Every response, from resources and from the HTTP layer alike, carries the browser hardening headers. */
@QuarkusTest
class SecurityHeadersTest {

    private static final String UI = "/q/swagger-ui/";

    static ValidatableResponse hardened(ValidatableResponse response, String policy) {
        return response
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", equalTo(policy));
    }

    @Test
    void shouldHardenResourceResponses() {
        hardened(given().get("/secured-probe").then().statusCode(200), SecurityHeaders.API_POLICY)
                .header("Cache-Control", equalTo(PublicCaching.DEFAULT));
    }

    @Test
    void shouldHardenErrorsOfEveryLayer() {
        hardened(given().get("/no/such/path").then().statusCode(404), SecurityHeaders.API_POLICY);
        hardened(given().get("/probe/boom").then().statusCode(500), SecurityHeaders.API_POLICY);
        hardened(given().delete("/secured-probe").then().statusCode(405), SecurityHeaders.API_POLICY);
        hardened(given().contentType(ContentType.JSON).body("{\"name\": \"" + "x".repeat(4000) + "\"}")
                .post("/probe").then().statusCode(413), SecurityHeaders.API_POLICY);
    }

    @Test
    void shouldForbidStoringAnswersToRequestsWithCredentials() {
        given().header("Authorization", "Bearer abc").get("/secured-probe").then()
                .header("Cache-Control", equalTo("private, no-store"));
        given().header("Authorization", "Bearer abc").get("/no/such/path").then().statusCode(404)
                .header("Cache-Control", equalTo("private, no-store"));
    }

    @Test
    void shouldKeepCachingRulesAResourceSetsItself() {
        given().header("Authorization", "Bearer abc").get("/secured-probe/cached").then()
                .header("Cache-Control", equalTo("max-age=60"));
    }

    @Test
    void shouldStillServeAWorkingSwaggerUi() {
        String page = hardened(given().get(UI).then().statusCode(200), SecurityHeaders.SWAGGER_UI_POLICY)
                .contentType(startsWith("text/html")).extract().asString();
        // Everything the page loads comes from this origin, as its policy demands, and is served.
        List<String> assets = new ArrayList<>();
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page);
        while (m.find()) {
            assets.add(m.group(1));
        }
        assertFalse(assets.isEmpty(), "the Swagger UI page loads its scripts and styles");
        for (String asset : assets) {
            assertFalse(asset.contains("//"), asset + " is not from this origin");
            given().get(asset.startsWith("/") ? asset : UI + asset).then().statusCode(200)
                    .header("X-Content-Type-Options", equalTo("nosniff"));
        }
        // The page starts itself with an inline script and reads the OpenAPI document from this origin.
        hardened(given().get(UI).then(), SecurityHeaders.SWAGGER_UI_POLICY)
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200);
    }
}
