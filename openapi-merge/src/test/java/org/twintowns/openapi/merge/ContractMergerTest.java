package org.twintowns.openapi.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractMergerTest {

    private static final ContractMerger.Options OPTIONS = new ContractMerger.Options("/", "1.2.3");

    private static final String GATEWAY = """
            openapi: 3.1.0
            info: {title: All of it, version: "0"}
            tags: [{name: Events, description: Gatherings}]
            x-gateway-responses:
              "503": {$ref: "#/components/responses/Unavailable"}
            x-gateway-headers:
              RateLimit-Limit: {$ref: "#/components/headers/RateLimit-Limit"}
            components:
              headers:
                RateLimit-Limit: {description: Requests per window, schema: {type: integer}}
              responses:
                Unavailable: {description: Circuit open}
              securitySchemes:
                bearer: {type: http, scheme: bearer, bearerFormat: JWT, description: The platform's token}
            """;

    private static Contract contract(String service, String yaml) throws IOException {
        return new Contract(service, service + (service.equals("gateway") ? ".yaml" : "-service.yaml"),
                (ObjectNode) Yaml.MAPPER.readTree(yaml));
    }

    private static ObjectNode merge(String events, String news) throws IOException {
        return ContractMerger.merge(contract("gateway", GATEWAY),
                List.of(contract("events", events), contract("news", news)), OPTIONS);
    }

    private static String service(String path, String schemas) {
        return """
                openapi: 3.1.0
                info: {title: a service, version: "1"}
                servers: [{url: "http://127.0.0.1:8082"}]
                paths:
                  %s:
                    get:
                      responses:
                        "200":
                          description: ok
                          content: {application/json: {schema: {$ref: "#/components/schemas/Page"}}}
                components:
                  schemas:
                %s
                """.formatted(path, schemas.indent(4));
    }

    @Test
    void shouldKeepComponentsThatAreEqualEverywhereOnce() throws IOException {
        String schemas = """
                Page: {type: object, properties: {problem: {$ref: "#/components/schemas/Problem"}}}
                Problem: {type: object, properties: {title: {type: string}}}""";
        ObjectNode merged = merge(service("/api/v1/events", schemas), service("/api/v1/news", schemas));
        assertEquals(List.of("Page", "Problem"), names(merged.path("components").path("schemas")));
        assertEquals("#/components/schemas/Page", merged.at("/paths/~1api~1v1~1news/get/responses/200/content/application~1json/schema/$ref").asText());
    }

    @Test
    void shouldRenameDifferingComponentsWithTheServicePrefixAndFollowReferences() throws IOException {
        ObjectNode merged = merge(
                service("/api/v1/events", """
                        Page: {type: object, properties: {problem: {$ref: "#/components/schemas/Problem"}}}
                        Problem: {type: object, properties: {title: {type: string}}}"""),
                service("/api/v1/news", """
                        Page: {type: object, properties: {problem: {$ref: "#/components/schemas/Problem"}}}
                        Problem: {type: object, properties: {detail: {type: string}}}"""));
        // Page is the same text in both, but it refers to a Problem that differs: so it differs too.
        assertEquals(List.of("EventsPage", "EventsProblem", "NewsPage", "NewsProblem"),
                names(merged.path("components").path("schemas")));
        assertEquals("#/components/schemas/NewsPage",
                merged.at("/paths/~1api~1v1~1news/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/EventsProblem",
                merged.at("/components/schemas/EventsPage/properties/problem/$ref").asText());
        assertTrue(merged.at("/components/schemas/NewsProblem/properties/detail").isObject());
    }

    @Test
    void shouldRefuseAPathThatTwoContractsClaimEvenWithOtherParameterNames() {
        String schemas = "Page: {type: object}";
        MergeException failure = assertThrows(MergeException.class, () -> merge(
                service("/api/v1/things/{id}", schemas), service("/api/v1/things/{thingId}", schemas)));
        assertEquals("paths /api/v1/things/{thingId} is in both events-service.yaml and news-service.yaml: "
                + "a path belongs to one service, which the gateway routes it to", failure.getMessage());
    }

    @Test
    void shouldUnifyBearerSchemesUnderTheGatewaysNameAndRenameTheirRequirements() throws IOException {
        String events = """
                openapi: 3.1.0
                info: {title: events, version: "1"}
                security: [{SecurityScheme: []}]
                paths:
                  /api/v1/events:
                    get: {responses: {"200": {description: ok}}}
                    post:
                      security: [{SecurityScheme: [editor, admin]}, {jwt: [editor, admin]}]
                      responses: {"201": {description: created}, "503": {description: events' own}}
                components:
                  securitySchemes:
                    SecurityScheme: {type: http, scheme: Bearer, description: Authentication}
                    jwt: {type: http, scheme: bearer, bearerFormat: JWT}
                """;
        String news = """
                openapi: 3.1.0
                info: {title: news, version: "1"}
                paths:
                  /api/v1/news: {get: {responses: {"200": {description: ok}}}}
                components:
                  securitySchemes:
                    SecurityScheme: {type: apiKey, in: header, name: X-Api-Key}
                """;
        ObjectNode merged = merge(events, news);
        JsonNode schemes = merged.path("components").path("securitySchemes");
        assertEquals(List.of("bearer", "SecurityScheme"), names(schemes));
        assertEquals("The platform's token", schemes.path("bearer").path("description").asText());
        assertEquals("apiKey", schemes.path("SecurityScheme").path("type").asText());
        JsonNode post = merged.at("/paths/~1api~1v1~1events/post");
        assertEquals("[{\"bearer\":[\"editor\",\"admin\"]}]", post.path("security").toString());
        // A contract-wide requirement moves onto the contract's operations.
        assertEquals("[{\"bearer\":[]}]", merged.at("/paths/~1api~1v1~1events/get/security").toString());
        assertTrue(merged.at("/paths/~1api~1v1~1news/get/security").isMissingNode());
        // The gateway's own answers are added where the service documents nothing for that status, and
        // joined to the service's where it does.
        assertEquals("#/components/responses/Unavailable", merged.at("/paths/~1api~1v1~1news/get/responses/503/$ref").asText());
        assertEquals("events' own. From the gateway: Circuit open", post.at("/responses/503/description").asText());
    }

    @Test
    void shouldTakeInfoTagsAndServersFromTheGateway() throws IOException {
        String schemas = "Page: {type: object}";
        ObjectNode merged = merge(service("/api/v1/events", schemas), service("/api/v1/news", schemas));
        assertEquals("All of it", merged.at("/info/title").asText());
        assertEquals("1.2.3", merged.at("/info/version").asText());
        assertEquals("[{\"url\":\"/\",\"description\":\"" + ContractMerger.SERVER_DESCRIPTION
                + "\",\"x-internal\":false}]", merged.path("servers").toString());
        assertEquals("Gatherings", merged.at("/tags/0/description").asText());
        assertFalse(merged.has(ContractMerger.GATEWAY_RESPONSES));
    }

    @Test
    void shouldResolveReferencesToAnotherContractByItsFileName() throws IOException {
        String gateway = GATEWAY + """
                paths:
                  /api/v1/events/{id}/summary:
                    get:
                      responses:
                        "200":
                          description: ok
                          content: {application/json: {schema: {$ref: "events-service.yaml#/components/schemas/Page"}}}
                """;
        ObjectNode merged = ContractMerger.merge(contract("gateway", gateway), List.of(
                contract("events", service("/api/v1/events", "Page: {type: object, properties: {a: {type: string}}}")),
                contract("news", service("/api/v1/news", "Page: {type: object}"))), OPTIONS);
        assertEquals("#/components/schemas/EventsPage", merged.at(
                "/paths/~1api~1v1~1events~1{id}~1summary/get/responses/200/content/application~1json/schema/$ref").asText());
        // The gateway's own operations get no x-gateway-responses: they list what they answer.
        assertTrue(merged.at("/paths/~1api~1v1~1events~1{id}~1summary/get/responses/503").isMissingNode());
    }

    @Test
    void shouldDeclareTheGatewaysHeadersOnEveryResponse() throws IOException {
        ObjectNode merged = merge(service("/api/v1/events", "Page: {type: object}"),
                service("/api/v1/news", "Page: {type: object}"));
        JsonNode rateLimit = Yaml.MAPPER.readTree("{\"$ref\": \"#/components/headers/RateLimit-Limit\"}");
        assertEquals(rateLimit, merged.at("/paths/~1api~1v1~1events/get/responses/200/headers/RateLimit-Limit"));
        assertEquals(rateLimit, merged.at("/paths/~1api~1v1~1news/get/responses/200/headers/RateLimit-Limit"));
        // A shared response gets them once, where it is defined; the reference to it stays a reference.
        assertEquals(rateLimit, merged.at("/components/responses/Unavailable/headers/RateLimit-Limit"));
        assertEquals("#/components/responses/Unavailable",
                merged.at("/paths/~1api~1v1~1events/get/responses/503/$ref").asText());
        assertFalse(merged.has(GatewayHeaders.EXTENSION));
    }

    @Test
    void shouldDocumentAStatusThatBothTheServiceAndTheGatewayAnswerOnceWithBoth() throws IOException {
        String gateway = GATEWAY.replace("Unavailable: {description: Circuit open}", """
                Unavailable: {description: Circuit open, headers: {Retry-After: {$ref: "#/components/headers/Retry-After"}}}""")
                .replace("  headers:\n", "  headers:\n    Retry-After: {description: Seconds, schema: {type: integer, minimum: 0}}\n");
        String events = service("/api/v1/events", "Page: {type: object}\nProblem: {type: object}")
                .replace("""
                                  content: {application/json: {schema: {$ref: "#/components/schemas/Page"}}}
                        """, """
                                  content: {application/json: {schema: {$ref: "#/components/schemas/Page"}}}
                                "503": {$ref: "#/components/responses/DatabaseUnavailable"}
                        """)
                .replace("components:\n", """
                        components:
                          responses:
                            DatabaseUnavailable:
                              description: No database
                              headers: {Retry-After: {schema: {type: integer, minimum: 1, maximum: 60}}}
                              content: {application/problem+json: {schema: {$ref: "#/components/schemas/Problem"}}}
                        """);
        ObjectNode merged = ContractMerger.merge(contract("gateway", gateway),
                List.of(contract("events", events), contract("news", service("/api/v1/news", "Page: {type: object}"))),
                OPTIONS);

        JsonNode both = merged.at("/paths/~1api~1v1~1events/get/responses/503");
        assertEquals("No database. From the gateway: Circuit open", both.path("description").asText());
        assertEquals("#/components/headers/Retry-After", both.at("/headers/Retry-After/$ref").asText());
        assertEquals("#/components/schemas/Problem",
                both.at("/content/application~1problem+json/schema/$ref").asText());
        assertEquals("#/components/responses/Unavailable",
                merged.at("/paths/~1api~1v1~1news/get/responses/503/$ref").asText());
        // Written out where it is used, the service's shared response is not kept unused.
        assertTrue(merged.at("/components/responses/DatabaseUnavailable").isMissingNode());
    }

    @Test
    void shouldRefuseAReferenceThatLeadsNowhere() {
        MergeException failure = assertThrows(MergeException.class, () -> merge(
                service("/api/v1/events", "Other: {type: object}"), service("/api/v1/news", "Page: {type: object}")));
        assertEquals("events-service.yaml refers to #/components/schemas/Page, which does not exist", failure.getMessage());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
