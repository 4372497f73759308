package org.twintowns.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
    void shouldChooseTheFormByExtensionThenFormatThenAccept() throws Exception {
        JsonNode built = MergedDocument.read();
        String json = given().accept("application/yaml").get("/q/openapi.json").then().statusCode(200)
                .contentType(containsString("json")).extract().asString();
        assertEquals(built, new ObjectMapper().readTree(json));
        for (String path : new String[] {"/q/openapi.yaml", "/q/openapi.yml"}) {
            String yaml = given().accept("application/json").get(path).then().statusCode(200)
                    .contentType(containsString("yaml")).extract().asString();
            assertEquals(built, MergedDocument.YAML.readTree(yaml), path);
        }
        given().queryParam("format", "yaml").accept("application/json").get("/q/openapi").then().statusCode(200)
                .contentType(containsString("yaml"));
    }

    @Test
    void shouldLetAClientRevalidateTheDocument() {
        String yamlTag = given().get("/q/openapi").then().statusCode(200)
                .header("Cache-Control", "no-cache").header("Vary", containsString("ccept"))
                .extract().header("ETag");
        String jsonTag = given().get("/q/openapi.json").then().statusCode(200).extract().header("ETag");
        assertNotEquals(yamlTag, jsonTag, "each form has its own validator");
        given().header("If-None-Match", yamlTag).get("/q/openapi").then().statusCode(304).header("ETag", yamlTag);
        given().header("If-None-Match", yamlTag).get("/q/openapi.json").then().statusCode(200);
        int length = given().get("/q/openapi").then().extract().asByteArray().length;
        given().head("/q/openapi").then().statusCode(200).header("Content-Length", String.valueOf(length));
    }

    @Test
    void shouldRefuseWritesToTheDocumentWithAProblem() {
        given().contentType("text/plain").body("openapi: 3.1.0").put("/q/openapi").then().statusCode(405)
                .header("Allow", "GET, HEAD, OPTIONS").contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(405));
        given().options("/q/openapi").then().statusCode(204).header("Allow", "GET, HEAD, OPTIONS");
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
