package org.twintowns.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The operations of the merged OpenAPI document as the fuzzer needs them: method, path template,
 * parameters and request bodies with every {@code $ref} resolved, and the application that owns the
 * operation (read from the committed contract of each service; what none of them has is the
 * gateway's own).
 */
final class FuzzContract {

    /** One parameter: where it goes, its name and its resolved schema. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** One operation, with its request body's media types and schemas (empty when it takes none). */
    record Operation(String owner, String method, String template, List<Parameter> parameters,
                     Map<String, JsonNode> bodies, boolean bodyRequired) {

        String name() {
            return method + " " + template;
        }
    }

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** Deeper than any schema of the contract nests; a recursive schema stops here. */
    private static final int MAX_DEPTH = 8;

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    FuzzContract(Path mergedJson, Path contracts) throws IOException {
        this.document = new ObjectMapper().readTree(mergedJson.toFile());
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, String> owners = new LinkedHashMap<>();
        for (String service : Platform.SERVICES) {
            JsonNode contract = yaml.readTree(Files.readString(contracts.resolve(service + "-service.yaml")));
            contract.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                    method -> owners.put(method.toUpperCase(Locale.ROOT) + " " + path.getKey(), service)));
        }
        document.path("paths").fields().forEachRemaining(path -> {
            JsonNode item = path.getValue();
            item.fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    String name = method.toUpperCase(Locale.ROOT) + " " + path.getKey();
                    operations.add(operation(owners.getOrDefault(name, "gateway"), method, path.getKey(), item,
                            item.get(method)));
                }
            });
        });
    }

    List<Operation> operations() {
        return operations;
    }

    /** The operations a target reaches: a service's own, or every operation through the gateway. */
    List<Operation> ownedBy(String owner) {
        return operations.stream().filter(o -> o.owner().equals(owner)).toList();
    }

    /** Whether an operation of this operationId is in the document. */
    boolean hasOperation(String operationId) {
        List<JsonNode> found = new ArrayList<>();
        document.path("paths").forEach(item -> item.forEach(op -> {
            if (op.path("operationId").asText().equals(operationId)) {
                found.add(op);
            }
        }));
        return !found.isEmpty();
    }

    /**
     * The example of an operation's request body in a media type (the JSON example each service
     * keeps in META-INF/openapi-examples), or a missing node.
     */
    JsonNode requestExample(Operation operation, String mediaType) {
        JsonNode item = document.path("paths").path(operation.template())
                .path(operation.method().toLowerCase(Locale.ROOT));
        return ref(item.path("requestBody")).path("content").path(mediaType).path("example");
    }

    private Operation operation(String owner, String method, String template, JsonNode item, JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode list : List.of(item.path("parameters"), operation.path("parameters"))) {
            for (JsonNode raw : list) {
                JsonNode parameter = ref(raw);
                parameters.removeIf(p -> p.name().equals(parameter.path("name").asText())
                        && p.in().equals(parameter.path("in").asText()));
                parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                        parameter.path("required").asBoolean(false), schema(parameter.path("schema"), 0)));
            }
        }
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        JsonNode body = ref(operation.path("requestBody"));
        body.path("content").fields().forEachRemaining(media -> bodies.put(media.getKey(),
                schema(media.getValue().path("schema"), 0)));
        return new Operation(owner, method.toUpperCase(Locale.ROOT), template, List.copyOf(parameters), bodies,
                body.path("required").asBoolean(false));
    }

    private JsonNode ref(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    /**
     * The schema with references replaced by what they name (a 3.1 reference's siblings win over the
     * referenced schema's members) and allOf merged, down to {@link #MAX_DEPTH}.
     */
    private JsonNode schema(JsonNode node, int depth) {
        if (node == null || node.isMissingNode() || !node.isObject()) {
            return new ObjectMapper().createObjectNode();
        }
        ObjectNode result = new ObjectMapper().createObjectNode();
        if (node.has("$ref")) {
            result.setAll((ObjectNode) schema(ref(node), depth));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().equals("$ref")) {
                result.set(field.getKey(), field.getValue());
            }
        }
        if (depth >= MAX_DEPTH) {
            result.remove(List.of("properties", "items", "allOf", "oneOf", "anyOf", "additionalProperties"));
            return result;
        }
        if (result.has("allOf")) {
            ObjectNode properties = result.with("properties");
            for (JsonNode part : result.remove("allOf")) {
                JsonNode resolved = schema(part, depth + 1);
                if (resolved.path("properties") instanceof ObjectNode own) {
                    properties.setAll(own);
                }
                resolved.path("required").forEach(r -> result.withArray("required").add(r));
                if (!result.has("type") && resolved.has("type")) {
                    result.set("type", resolved.get("type"));
                }
            }
        }
        for (String composed : List.of("oneOf", "anyOf")) {
            if (result.has(composed)) {
                List<JsonNode> resolved = new ArrayList<>();
                result.get(composed).forEach(part -> resolved.add(schema(part, depth + 1)));
                result.putArray(composed).addAll(resolved);
            }
        }
        if (result.path("properties").isObject()) {
            ObjectNode properties = new ObjectMapper().createObjectNode();
            result.get("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), schema(p.getValue(), depth + 1)));
            result.set("properties", properties);
        }
        if (result.path("items").isObject()) {
            result.set("items", schema(result.get("items"), depth + 1));
        }
        return result;
    }
}
