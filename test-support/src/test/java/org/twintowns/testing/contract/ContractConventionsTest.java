package org.twintowns.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.twintowns.testing.contract.ContractDocuments.Operation;

/**
 * What a client generated from any committed contract can count on, checked on every operation of
 * every contract: a method name it reads well (operationId), an example of every JSON request,
 * problem details on every refusal, a schema for every answer, and the refusals of look-ups and
 * idempotent writes documented.
 */
class ContractConventionsTest {

    /** The words an operationId may start with: what the call does. */
    private static final Set<String> VERBS = Set.of("list", "get", "create", "update", "change", "delete", "remove",
            "merge", "import", "record", "register", "cancel", "search", "attach", "replace", "add", "find",
            // webhooks: a new secret, a disabled subscription active again, a delivery sent again
            "rotate", "enable", "redeliver",
            // bulk downloads: /api/v1/exports/...
            "export");
    private static final Pattern CAMEL_CASE = Pattern.compile("([a-z]+)([A-Z][a-z0-9]*)+");
    private static final Set<String> WRITES = Set.of("post", "put", "patch");

    private final ContractDocuments contracts = new ContractDocuments();

    static List<String> contracts() {
        return ContractDocuments.names();
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void shouldNameEveryOperationVerbFirstInCamelCase(String contract) {
        check(contract, (operation, violations) -> {
            String id = operation.node().path("operationId").asText("");
            var words = CAMEL_CASE.matcher(id);
            if (!words.matches() || !VERBS.contains(words.group(1))) {
                violations.add(operation + ": operationId '" + id + "' is not camelCase starting with a verb");
            }
        });
    }

    @Test
    void shouldNameEveryOperationOnceAcrossAllContracts() {
        Map<String, Operation> seen = new HashMap<>();
        List<String> violations = new ArrayList<>();
        for (String contract : ContractDocuments.names()) {
            for (Operation operation : contracts.operations(contract)) {
                String id = operation.node().path("operationId").asText("");
                Operation before = seen.putIfAbsent(id, operation);
                if (!id.isEmpty() && before != null) {
                    violations.add("operationId '" + id + "' names both " + before + " and " + operation);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void shouldShowAnExampleOfEveryJsonRequest(String contract) {
        check(contract, (operation, violations) -> {
            JsonNode json = contracts.resolved(contract, operation.node().path("requestBody"))
                    .path("content").path("application/json");
            if (WRITES.contains(operation.method()) && !json.isMissingNode()
                    && !json.has("example") && !json.has("examples")) {
                violations.add(operation + ": the JSON request body has no example");
            }
        });
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void shouldAnswerEveryRefusalWithProblemDetails(String contract) {
        check(contract, (operation, violations) -> operation.node().path("responses").properties().forEach(status -> {
            if (status.getKey().startsWith("4") || status.getKey().startsWith("5")) {
                JsonNode response = contracts.resolved(contract, status.getValue());
                if (!response.path("content").has("application/problem+json")) {
                    violations.add(operation + ": " + status.getKey() + " is not application/problem+json");
                }
            }
        }));
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void shouldGiveEveryAnswerWithABodyASchema(String contract) {
        check(contract, (operation, violations) -> operation.node().path("responses").properties().forEach(status ->
                contracts.resolved(contract, status.getValue()).path("content").properties().forEach(type -> {
                    JsonNode schema = type.getValue().path("schema");
                    if (schema.isMissingNode() || schema.isEmpty()) {
                        violations.add(operation + ": " + status.getKey() + " " + type.getKey() + " has no schema");
                    } else if (type.getKey().equals("application/geo+json")
                            && !contracts.resolved(contract, schema).path("properties").has("features")) {
                        violations.add(operation + ": " + status.getKey() + " is no GeoJSON FeatureCollection");
                    }
                })));
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void shouldDocumentTheNotFoundOfEveryLookUpByPath(String contract) {
        check(contract, (operation, violations) -> {
            if (operation.path().contains("{") && !operation.node().path("responses").has("404")) {
                violations.add(operation + ": a path parameter names something that may not exist, but 404 is "
                        + "not documented");
            }
        });
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void shouldDocumentTheReusedIdempotencyKey(String contract) {
        check(contract, (operation, violations) -> {
            boolean takesKey = StreamSupport.stream(operation.node().path("parameters").spliterator(), false)
                    .map(parameter -> contracts.resolved(contract, parameter))
                    .anyMatch(p -> p.path("in").asText().equals("header")
                            && p.path("name").asText().equalsIgnoreCase("Idempotency-Key"));
            String unprocessable = contracts.resolved(contract, operation.node().path("responses").path("422"))
                    .path("description").asText("");
            if (takesKey && !unprocessable.contains("Idempotency-Key")) {
                violations.add(operation + ": takes an Idempotency-Key, but its 422 does not say it may be reused");
            }
        });
    }

    /**
     * Swagger UI shows a padlock on every operation with a security requirement, and an operation
     * without one of its own takes the document's: so the document names none, and every operation
     * its own. One that needs a token (the scheme, with no empty alternative) documents 401 and 403;
     * one anyone can call (none, or optional: an empty alternative) documents no 403 for lack of a role.
     */
    @ParameterizedTest
    @MethodSource("contracts")
    void shouldShowEveryOperationPublicOrProtectedAsItIs(String contract) {
        JsonNode documentLevel = contracts.document(contract).path("security");
        check(contract, (operation, violations) -> {
            if (!documentLevel.isMissingNode() && !documentLevel.isEmpty()) {
                violations.add(operation + ": the document's security applies to it; name none for the document");
            }
            JsonNode security = operation.node().path("security");
            if (!security.isArray()) {
                violations.add(operation + ": names no security of its own (security: [] when anyone may call it)");
                return;
            }
            boolean optional = StreamSupport.stream(security.spliterator(), false).anyMatch(JsonNode::isEmpty);
            JsonNode responses = operation.node().path("responses");
            if (!security.isEmpty() && !optional && !(responses.has("401") && responses.has("403"))) {
                violations.add(operation + ": needs a token, but does not document 401 and 403");
            }
            if (security.isEmpty() && responses.has("401")) {
                violations.add(operation + ": anyone may call it, but it documents 401");
            }
        });
    }

    /** Runs the rule on every operation of the contract and fails with every violation it reports. */
    private void check(String contract, BiConsumer<Operation, List<String>> rule) {
        List<String> violations = new ArrayList<>();
        contracts.operations(contract).forEach(operation -> rule.accept(operation, violations));
        assertEquals(List.of(), violations, contract + " breaks the contract conventions");
    }
}
