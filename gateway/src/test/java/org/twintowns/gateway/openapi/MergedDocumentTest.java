package org.twintowns.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The merged document the gateway build wrote to target/openapi/ (and into the application). */
class MergedDocumentTest {

    private final JsonNode merged = MergedDocument.read();

    @Test
    void shouldBeAValidOpenApiDocumentWhoseReferencesAllResolve() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser()
                .readContents(Files.readString(MergedDocument.FILE), null, options);
        assertEquals(List.of(), result.getMessages());
        assertTrue(merged.path("openapi").asText().startsWith("3."));
        List<String> dangling = new ArrayList<>();
        collectDanglingReferences(merged, merged, dangling);
        assertEquals(List.of(), dangling);
    }

    @Test
    void shouldContainEveryOperationOfEveryContract() {
        Map<String, JsonNode> contracts = MergedDocument.contracts();
        assertTrue(contracts.keySet().containsAll(List.of("gateway", "partnerships", "events", "news", "webhooks")), contracts.keySet().toString());
        int operations = 0;
        for (Map.Entry<String, JsonNode> contract : contracts.entrySet()) {
            for (String path : MergedDocument.paths(contract.getValue())) {
                for (String method : MergedDocument.methods(contract.getValue().path("paths").path(path))) {
                    assertTrue(merged.path("paths").path(path).has(method), method + " " + path + " of " + contract.getKey());
                    operations++;
                }
            }
        }
        int merged = 0;
        for (String path : MergedDocument.paths(this.merged)) {
            merged += MergedDocument.methods(this.merged.path("paths").path(path)).size();
        }
        assertEquals(operations, merged, "operations that no contract has");
        assertTrue(this.merged.path("paths").path("/api/v1/municipalities/{id}/dossier").has("get"));
    }

    @Test
    void shouldSendClientsToTheGatewayOnly() {
        assertEquals("/", merged.at("/servers/0/url").asText());
        assertEquals(1, merged.path("servers").size());
        for (String path : MergedDocument.paths(merged)) {
            JsonNode item = merged.path("paths").path(path);
            assertFalse(item.has("servers"), path);
            MergedDocument.methods(item).forEach(m -> assertFalse(item.path(m).has("servers"), m + " " + path));
        }
    }

    @Test
    void shouldOfferOneBearerSchemeThatEverySecuredOperationUses() {
        JsonNode schemes = merged.path("components").path("securitySchemes");
        assertEquals(1, schemes.size(), schemes.toString());
        assertEquals("http", schemes.path("bearer").path("type").asText());
        assertEquals("bearer", schemes.path("bearer").path("scheme").asText());
        // Swagger UI and generated clients go by the operation's own security, else the document's:
        // the document names none, so a public operation (security: []) shows no padlock.
        assertFalse(merged.has("security"), merged.path("security").toString());
        for (String path : MergedDocument.paths(merged)) {
            JsonNode item = merged.path("paths").path(path);
            for (String method : MergedDocument.methods(item)) {
                JsonNode security = item.path(method).path("security");
                assertTrue(security.isArray(), method + " " + path + " names no security of its own");
                List<String> used = new ArrayList<>();
                security.forEach(requirement -> requirement.fieldNames().forEachRemaining(used::add));
                assertEquals(List.of(), used.stream().filter(s -> !s.equals("bearer")).toList());
            }
        }
    }

    @Test
    void shouldDocumentTheGatewaysOwnAnswersOnProxiedOperations() {
        JsonNode listEvents = merged.at("/paths/~1api~1v1~1events/get/responses");
        assertEquals("#/components/responses/RateLimited", listEvents.path("429").path("$ref").asText());
        assertEquals("#/components/responses/ServiceFailed", listEvents.path("502").path("$ref").asText());
        // 503 comes from the service (its database is unavailable) or from the gateway (the service is
        // unreachable): one response says both, with the gateway's Retry-After.
        JsonNode unavailable = listEvents.path("503");
        assertTrue(unavailable.path("description").asText().contains("database"), unavailable.toString());
        assertTrue(unavailable.path("description").asText().contains("From the gateway: "), unavailable.toString());
        assertEquals("#/components/headers/Retry-After", unavailable.at("/headers/Retry-After/$ref").asText());
        JsonNode dossier = merged.at("/paths/~1api~1v1~1municipalities~1{id}~1dossier/get/responses/200");
        assertTrue(dossier.path("headers").has("Dossier-Partial"));
        assertEquals("#/components/schemas/Municipality",
                merged.at("/components/schemas/DossierMunicipality/properties/data/$ref").asText());
    }

    private static void collectDanglingReferences(JsonNode root, JsonNode node, List<String> dangling) {
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isTextual() && (!ref.asText().startsWith("#/")
                || root.at(ref.asText().substring(1)).isMissingNode())) {
            dangling.add(ref.asText());
        }
        node.forEach(child -> collectDanglingReferences(root, child, dangling));
    }
}
