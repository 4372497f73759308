package org.twintowns.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.twintowns.gateway.proxy.StubServices;
import org.twintowns.testing.TestTokens;

/** The merged document and Swagger UI as the gateway serves them, outside the /api/v1 policies. */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class OpenApiEndpointTest {

    @Test
    void shouldServeTheMergedDocumentExactlyAsTheBuildWroteIt() throws Exception {
        JsonNode built = MergedDocument.read();
        String yaml = given().get("/q/openapi").then().statusCode(200)
                .contentType(containsString("yaml")).extract().asString();
        assertEquals(built, MergedDocument.YAML.readTree(yaml));
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .contentType(containsString("json")).extract().asString();
        assertEquals(built, new ObjectMapper().readTree(json));
        String negotiated = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .contentType(containsString("json")).extract().asString();
        assertEquals(built, new ObjectMapper().readTree(negotiated));
    }

    @Test
    void shouldServeSwaggerUiForTheMergedDocument() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/q/openapi"))
                .body(containsString("TwinTowns API"));
    }

    @Test
    void shouldServeTheDocumentWithoutRateLimitOrTokenChecks() {
        // A stale token at /api/v1 is 401; the document and the UI stay readable with it.
        given().auth().oauth2(TestTokens.forgedAdmin()).get("/q/openapi").then().statusCode(200)
                .header("RateLimit-Limit", nullValue());
        given().auth().oauth2(TestTokens.forgedAdmin()).get("/q/swagger-ui/").then().statusCode(200);
    }
}
