package org.twintowns.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twintowns.testing.TestTokens;

/**
 * The gateway's merged OpenAPI document, used the way Swagger UI's "Try it out" uses it; and each service's own
 * document, which the application as built serves from its committed contract.
 */
@ExtendWith(PlatformExtension.class)
class OpenApiThroughGatewayIT {

    @Test
    void shouldServeOneDocumentWithEveryServicesPaths() {
        JsonPath document = given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> paths = document.getMap("paths");
        for (String path : List.of("/api/v1/municipalities", "/api/v1/partnerships", "/api/v1/events",
                "/api/v1/news", "/api/v1/municipalities/{id}/dossier")) {
            assertTrue(paths.containsKey(path), path + " is missing from " + paths.keySet());
        }
        assertEquals("http", document.getString("components.securitySchemes.bearer.type"));
        given().get("/q/swagger-ui/").then().statusCode(200).contentType(ContentType.HTML);
    }

    @Test
    void shouldCreateAndReadAMunicipalityAsTryItOutWouldFromTheDocument(Platform platform) {
        URI documentUrl = URI.create("http://127.0.0.1:" + platform.gatewayPort() + "/q/openapi");
        JsonPath document = given().accept(ContentType.JSON).get(documentUrl).then().statusCode(200)
                .extract().jsonPath();
        // Swagger UI resolves the server against the document's address: that must be the gateway.
        URI server = documentUrl.resolve(document.getString("servers[0].url"));
        assertEquals(URI.create("http://127.0.0.1:" + platform.gatewayPort() + "/"), server);

        Map<String, Object> create = document.getMap("paths.'/api/v1/municipalities'.post");
        assertTrue(offersBearer(document, create), "POST /api/v1/municipalities cannot be sent with a token");
        String schemaRef = document.getString(
                "paths.'/api/v1/municipalities'.post.requestBody.content.'application/json'.schema.$ref");
        Map<String, Object> body = exampleOf(document, schemaRef);
        // As a person would: the example from the document, with a name of their own.
        String name = "Brovary " + UUID.randomUUID().toString().substring(0, 8);
        body.put("name", name);

        String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .post(server.resolve("api/v1/municipalities"))
                .then().statusCode(201)
                .extract().path("id");
        assertTrue(document.getMap("paths").containsKey("/api/v1/municipalities/{id}"));
        given().auth().oauth2(TestTokens.admin())
                .get(server.resolve("api/v1/municipalities/{id}".replace("{id}", id)))
                .then().statusCode(200)
                .body("name", equalTo(name))
                .body("country", equalTo(body.get("country")));
    }

    @Test
    void shouldServeEachServicesCommittedContractAsItsOwnDocument(Platform platform) throws IOException {
        Path contracts = Path.of(System.getProperty("tt.root", "..")).toAbsolutePath().normalize().resolve("contracts");
        Set<String> contracted;
        try (Stream<Path> files = Files.list(contracts)) {
            contracted = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith("-service.yaml"))
                    .map(name -> name.substring(0, name.length() - "-service.yaml".length())).collect(Collectors.toSet());
        }
        assertEquals(Set.copyOf(Platform.SERVICES), contracted, "the services the platform runs and their contracts");
        for (String service : Platform.SERVICES) {
            String committed = Files.readString(contracts.resolve(service + "-service.yaml"));
            String base = "http://127.0.0.1:" + platform.service(service).port;
            String yaml = given().get(base + "/q/openapi").then().statusCode(200)
                    .contentType("application/yaml").extract().asString();
            assertEquals(committed, yaml, service + " serves another YAML than its committed contract");
            String json = given().accept(ContentType.JSON).get(base + "/q/openapi").then().statusCode(200)
                    .contentType(ContentType.JSON).extract().asString();
            JsonNode asJson = new ObjectMapper().readTree(json);
            assertEquals(new YAMLMapper().readTree(committed), asJson, service + "'s JSON says another thing than its YAML");
            String etag = given().get(base + "/q/openapi.json").then().statusCode(200).extract().header("ETag");
            given().header("If-None-Match", etag).get(base + "/q/openapi.json").then().statusCode(304);
            given().get(base + "/q/swagger-ui/").then().statusCode(200).contentType(ContentType.HTML);
        }
    }

    /** Whether the operation, or the document where the operation says nothing, lets a bearer token be sent. */
    private static boolean offersBearer(JsonPath document, Map<String, Object> operation) {
        Object security = operation.containsKey("security") ? operation.get("security") : document.get("security");
        return security instanceof List<?> requirements
                && requirements.stream().anyMatch(r -> r instanceof Map<?, ?> m && m.containsKey("bearer"));
    }

    /** What Swagger UI fills in: the first example (or enum value) of each required property. */
    private static Map<String, Object> exampleOf(JsonPath document, String ref) {
        String schema = "components.schemas." + ref.substring(ref.lastIndexOf('/') + 1);
        List<String> required = document.getList(schema + ".required", String.class);
        Map<String, Object> body = new HashMap<>();
        for (String property : required) {
            String path = schema + ".properties." + property;
            Object example = document.get(path + ".examples[0]");
            if (example == null && document.get(path + ".$ref") != null) {
                String target = document.getString(path + ".$ref");
                example = document.get("components.schemas." + target.substring(target.lastIndexOf('/') + 1) + ".enum[0]");
            }
            assertTrue(example != null, "no example for " + path);
            body.put(property, example);
        }
        return body;
    }
}
