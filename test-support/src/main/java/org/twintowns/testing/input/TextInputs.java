package org.twintowns.testing.input;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Every place where an operation of a running service takes free text, read from its OpenAPI
 * document at {@code /q/openapi}: plain string query and path parameters (no format, no enum: those
 * fail their own conversion), and plain string members of JSON and multipart bodies, one level deep.
 */
final class TextInputs {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final Map<String, Object> schemas;
    private final Map<String, Map<String, Object>> paths;

    @SuppressWarnings("unchecked")
    private TextInputs(Map<String, Object> document) {
        this.paths = (Map<String, Map<String, Object>>) document.get("paths");
        Map<String, Object> components = (Map<String, Object>) document.getOrDefault("components", Map.of());
        this.schemas = (Map<String, Object>) components.getOrDefault("schemas", Map.of());
    }

    static TextInputs documented() {
        return new TextInputs(given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("$"));
    }

    /** Operations that take a JSON body, as (method, path, values for the path's parameters). */
    List<TextInputCase> jsonBodies() {
        List<TextInputCase> cases = new ArrayList<>();
        forEachOperation((method, path, operation) -> {
            if (body(operation, "application/json") != null) {
                cases.add(new TextInputCase(method, path, pathValues(operation, null), "json", null, null, "json",
                        accepts(operation)));
            }
        });
        return cases;
    }

    List<TextInputCase> cases() {
        List<TextInputCase> cases = new ArrayList<>();
        forEachOperation((method, path, operation) -> {
            String bodyType = body(operation, "application/json") != null ? "json"
                    : body(operation, "multipart/form-data") != null ? "multipart" : firstMediaType(operation);
            for (Map<String, Object> parameter : parameters(operation)) {
                String in = (String) parameter.get("in");
                String name = (String) parameter.get("name");
                if (("query".equals(in) || "path".equals(in)) && isPlainString(schemaOf(parameter.get("schema")))) {
                    cases.add(new TextInputCase(method, path, pathValues(operation, "path".equals(in) ? name : null),
                            in, name, name, bodyType, accepts(operation)));
                }
            }
            for (String mediaType : List.of("application/json", "multipart/form-data")) {
                Map<String, Object> body = body(operation, mediaType);
                if (body == null) {
                    continue;
                }
                String location = mediaType.equals("application/json") ? "json" : "multipart";
                properties(body).forEach((name, property) -> {
                    Map<String, Object> schema = schemaOf(property);
                    if (isPlainString(schema)) {
                        cases.add(new TextInputCase(method, path, pathValues(operation, null), location, name, name,
                                bodyType, accepts(operation)));
                    } else if (location.equals("json") && isType(schema, "array") && isPlainString(schemaOf(schema.get("items")))) {
                        cases.add(new TextInputCase(method, path, pathValues(operation, null), "json-list", name,
                                name + "[0]", bodyType, accepts(operation)));
                    } else if (location.equals("json") && isType(schema, "object")
                            && isPlainString(schemaOf(schema.get("additionalProperties")))) {
                        cases.add(new TextInputCase(method, path, pathValues(operation, null), "json-map", name,
                                name + ".de", bodyType, accepts(operation)));
                    }
                });
            }
        });
        return cases;
    }

    private interface OperationVisitor {
        void visit(String method, String path, Map<String, Object> operation);
    }

    @SuppressWarnings("unchecked")
    private void forEachOperation(OperationVisitor visitor) {
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                // Parameters of the path item apply to each of its operations.
                Map<String, Object> withShared = new LinkedHashMap<>((Map<String, Object>) operation);
                List<Object> parameters = new ArrayList<>((List<Object>) item.getOrDefault("parameters", List.of()));
                parameters.addAll((List<Object>) withShared.getOrDefault("parameters", List.of()));
                withShared.put("parameters", parameters);
                visitor.visit(method, path, withShared);
            }
        }));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parameters(Map<String, Object> operation) {
        return (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
    }

    /** A value for each path parameter that passes its conversion, NUL for the one under test. */
    private Map<String, Object> pathValues(Map<String, Object> operation, String target) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map<String, Object> parameter : parameters(operation)) {
            if (!"path".equals(parameter.get("in"))) {
                continue;
            }
            String name = (String) parameter.get("name");
            Map<String, Object> schema = schemaOf(parameter.get("schema"));
            if (name.equals(target)) {
                values.put(name, "a%00b");
            } else if (isType(schema, "integer")) {
                values.put(name, "1");
            } else if (isPlainString(schema)) {
                values.put(name, "x");
            } else {
                values.put(name, UUID.randomUUID().toString());
            }
        }
        return values;
    }

    /** The media types of the operation's success answers; any type when it documents none. */
    @SuppressWarnings("unchecked")
    private static List<String> accepts(Map<String, Object> operation) {
        Map<String, Object> responses = (Map<String, Object>) operation.getOrDefault("responses", Map.of());
        List<String> types = new ArrayList<>();
        responses.forEach((status, response) -> {
            if (status.startsWith("2") && response instanceof Map<?, ?> r && r.get("content") instanceof Map<?, ?> c) {
                c.keySet().forEach(type -> {
                    if (!types.contains(type)) {
                        types.add((String) type);
                    }
                });
            }
        });
        return types.isEmpty() ? List.of("*/*") : types;
    }

    /** The first media type of an operation's request body (a file upload's text/csv, say), or null without one. */
    private String firstMediaType(Map<String, Object> operation) {
        return content(operation).keySet().stream().findFirst().orElse(null);
    }

    private Map<String, Object> body(Map<String, Object> operation, String mediaType) {
        @SuppressWarnings("unchecked")
        Map<String, Object> media = (Map<String, Object>) content(operation).get(mediaType);
        return media == null ? null : schemaOf(media.get("schema"));
    }

    /** The media types of an operation's request body and what each says; none without a body. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> content(Map<String, Object> operation) {
        Map<String, Object> requestBody = (Map<String, Object>) operation.get("requestBody");
        return requestBody == null ? Map.of() : (Map<String, Object>) requestBody.getOrDefault("content", Map.of());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> properties(Map<String, Object> schema) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (schema == null) {
            return properties;
        }
        // An inline schema next to a $ref (a multipart form) has its own properties; a $ref alone, the referenced ones.
        if (schema.get("$ref") != null) {
            properties.putAll(properties(resolve((String) schema.get("$ref"))));
        }
        properties.putAll((Map<String, Object>) schema.getOrDefault("properties", Map.of()));
        return properties;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> schemaOf(Object schema) {
        if (!(schema instanceof Map<?, ?> map)) {
            return null;
        }
        Map<String, Object> s = (Map<String, Object>) map;
        if (s.get("$ref") instanceof String ref && s.size() == 1) {
            return resolve(ref);
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(String ref) {
        return (Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static boolean isPlainString(Map<String, Object> schema) {
        return schema != null && isType(schema, "string") && schema.get("format") == null && schema.get("enum") == null
                && schema.get("const") == null;
    }

    private static boolean isType(Map<String, Object> schema, String type) {
        if (schema == null) {
            return false;
        }
        Object declared = schema.get("type");
        return type.equals(declared) || (declared instanceof List<?> types && types.contains(type));
    }
}
