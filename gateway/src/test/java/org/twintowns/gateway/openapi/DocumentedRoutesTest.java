package org.twintowns.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.gateway.proxy.RouteTable;
import org.twintowns.gateway.proxy.StubServices;
import org.twintowns.testing.TestTokens;

/**
 * The document and the routes cannot disagree: every operation a service's contract documents is
 * routed by the gateway to that service, and every operation of the gateway's own contract is
 * answered by the gateway itself.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class DocumentedRoutesTest {

    @Inject
    RouteTable routes;

    @Test
    void shouldRouteEveryDocumentedServiceOperationToTheServiceWhoseContractHasIt() {
        int checked = 0;
        for (Map.Entry<String, JsonNode> contract : MergedDocument.contracts().entrySet()) {
            if (contract.getKey().equals("gateway")) {
                continue;
            }
            for (String template : MergedDocument.paths(contract.getValue())) {
                String path = MergedDocument.instantiate(template);
                assertEquals(contract.getKey(), routes.match(path).map(RouteTable.Entry::service).orElse("none"),
                        template + " of " + contract.getKey() + "-service.yaml");
                for (String method : MergedDocument.methods(contract.getValue().path("paths").path(template))) {
                    String marker = UUID.randomUUID().toString();
                    String verb = method.toUpperCase(Locale.ROOT);
                    given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{}")
                            .queryParam("probe", marker)
                            .request(verb, path)
                            .then().statusCode(200);
                    assertEquals(java.util.List.of(verb + " " + path + "?probe=" + marker), StubServices.received(marker),
                            verb + " " + template + " did not reach the service");
                    checked++;
                }
            }
        }
        assertTrue(checked > 30, "only " + checked + " operations checked");
    }

    @Test
    void shouldAnswerTheGatewaysOwnOperationsWithoutProxyingThem() {
        JsonNode gateway = MergedDocument.contracts().get("gateway");
        for (String template : MergedDocument.paths(gateway)) {
            String path = MergedDocument.instantiate(template).replace("sample-id", UUID.randomUUID().toString());
            for (String method : MergedDocument.methods(gateway.path("paths").path(template))) {
                given().request(method.toUpperCase(Locale.ROOT), path).then().statusCode(200);
                assertEquals(java.util.List.of(), StubServices.received(path),
                        method + " " + template + " was proxied instead of answered by the gateway");
            }
        }
    }

    @Test
    void shouldDocumentExactlyThePathsOfTheContracts() {
        TreeSet<String> fromContracts = new TreeSet<>();
        MergedDocument.contracts().values().forEach(c -> fromContracts.addAll(MergedDocument.paths(c)));
        assertEquals(fromContracts, new TreeSet<>(MergedDocument.paths(MergedDocument.read())));
    }
}
