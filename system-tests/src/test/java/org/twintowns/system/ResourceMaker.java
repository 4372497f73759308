package org.twintowns.system;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.twintowns.system.FuzzContract.Operation;
import org.twintowns.testing.TestTokens;

/**
 * Creates records through the gateway from the merged contract alone: the body of a create is the
 * request example of its operation, and every id in it that names another record (a participant, an
 * organizer, an issuer, a related event) is replaced by a record made the same way, so that a new
 * resource with an example in its contract can be made without new test code. Records made only to
 * be referred to ("references") carry the example's required fields alone, with their names made
 * distinct.
 */
final class ResourceMaker {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";
    private static final String MULTIPART = "multipart/form-data";

    private final FuzzContract contract;
    private final String tag;
    private final AtomicInteger counter = new AtomicInteger();

    ResourceMaker(FuzzContract contract, String tag) {
        this.contract = contract;
        this.tag = tag;
    }

    /** A record made to be walked: what was sent, where it lives, and the answer to its create. */
    record Made(String path, JsonNode sent, Response created) {
    }

    /** The create operation of a collection: the POST on its template. */
    Optional<Operation> create(String collection) {
        return contract.operations().stream()
                .filter(o -> o.method().equals("POST") && o.template().equals(collection)).findFirst();
    }

    /** Makes a record of a collection with the whole example of its create (every field it fills). */
    Made full(String collection) {
        Operation create = create(collection).orElseThrow(() -> new AssertionError(
                "No POST " + collection + " in the contract: the walk cannot make a record to replace"));
        String path = resolvedPath(collection);
        if (create.bodies().containsKey(JSON_TYPE)) {
            ObjectNode body = example(create);
            resolveReferences(body, collection, "");
            distinguish(body);
            Response response = postJson(path, body);
            if (response.statusCode() == 409) {
                // A key another test took already (a slug, an official code): ask again with fresh keys.
                freshKeys(body);
                response = postJson(path, body);
            }
            if (response.statusCode() != 201) {
                throw new AssertionError("POST " + path + " with its example answered " + response.statusCode()
                        + ": " + response.asString() + "\nbody: " + body);
            }
            return new Made(path + "/" + response.path("id"), body, response);
        }
        if (create.bodies().containsKey(MULTIPART)) {
            Response response = postMultipart(path, create.bodies().get(MULTIPART));
            if (response.statusCode() != 201) {
                throw new AssertionError("POST " + path + " (multipart) answered " + response.statusCode() + ": "
                        + response.asString());
            }
            return new Made(path + "/" + response.path("id"), null, response);
        }
        throw new AssertionError("POST " + collection + " takes neither JSON nor a form");
    }

    /** The id of a new record of a kind (municipality, partnership, event, series, news), made to be referred to. */
    String reference(String kind) {
        String collection = switch (kind) {
            case "municipality" -> "/api/v1/municipalities";
            case "partnership" -> "/api/v1/partnerships";
            case "event" -> "/api/v1/events";
            case "series" -> "/api/v1/events/series";
            case "news" -> "/api/v1/news";
            default -> throw new AssertionError("The walk does not know how to make a " + kind
                    + " to refer to: add its collection here");
        };
        Operation create = create(collection).orElseThrow();
        ObjectNode full = example(create);
        List<String> required = new ArrayList<>();
        create.bodies().get(JSON_TYPE).path("required").forEach(r -> required.add(r.asText()));
        // The required fields, and those a refusal names as needed too (a join link for an online
        // event, an issuer for a press release), from the example.
        for (int attempt = 0; attempt < 4; attempt++) {
            ObjectNode body = JSON.createObjectNode();
            full.fields().forEachRemaining(f -> {
                if (required.contains(f.getKey())) {
                    body.set(f.getKey(), f.getValue().deepCopy());
                }
            });
            resolveReferences(body, collection, "");
            distinguish(body);
            Response response = postJson(collection, body);
            if (response.statusCode() == 201) {
                return response.path("id");
            }
            List<String> named = new ArrayList<>();
            read(response).path("errors").forEach(e -> named.add(e.path("field").asText().split("[.\\[/]")[0]));
            if (!named.stream().anyMatch(n -> full.has(n) && !required.contains(n))) {
                throw new AssertionError("A " + kind + " to refer to could not be made: " + response.statusCode() + " "
                        + response.asString() + "\nbody: " + body);
            }
            named.stream().filter(full::has).forEach(required::add);
        }
        throw new AssertionError("A " + kind + " to refer to could not be made from the example of " + create.name());
    }

    /**
     * Replaces, in place, every id of another record in {@code node} (a string of a uuid-like
     * example value under a property that names a kind) by a new record's id; equal ids in the
     * example stay equal, distinct ones stay distinct.
     */
    void resolveReferences(JsonNode node, String template, String name) {
        resolveReferences(node, template, name, new HashMap<>());
    }

    private void resolveReferences(JsonNode node, String template, String name, Map<String, String> made) {
        if (node instanceof ObjectNode object) {
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                JsonNode value = object.get(field);
                if (isId(value)) {
                    object.put(field, made.computeIfAbsent(value.asText(), v -> reference(FuzzValues.kind(template, field))));
                } else {
                    resolveReferences(value, template, field, made);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (isId(value)) {
                    array.set(i, made.computeIfAbsent(value.asText(), v -> reference(FuzzValues.kind(template, name))));
                } else {
                    resolveReferences(value, template, name, made);
                }
            }
        }
    }

    static boolean isId(JsonNode value) {
        return value.isTextual() && value.asText().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    /** The request example of an operation, a fresh copy. */
    ObjectNode example(Operation operation) {
        JsonNode example = contract.requestExample(operation, JSON_TYPE);
        if (!example.isObject()) {
            throw new AssertionError(operation.name() + " has no JSON request example: the walk makes its records "
                    + "from the examples (META-INF/openapi-examples/<operationId>.json)");
        }
        return example.deepCopy();
    }

    /** Names and slugs get this run's tag, so that records made from one example do not collide. */
    private void distinguish(ObjectNode body) {
        String suffix = tag + counter.incrementAndGet();
        if (body.path("slug").isTextual()) {
            body.put("slug", body.get("slug").asText() + "-" + suffix);
        }
        for (String field : List.of("name", "headline", "title")) {
            JsonNode value = body.path(field);
            if (value.isTextual()) {
                body.put(field, value.asText() + " " + suffix);
            } else if (value instanceof ObjectNode byLanguage) {
                byLanguage.fieldNames().forEachRemaining(l -> byLanguage.put(l, byLanguage.get(l).asText() + " " + suffix));
            }
        }
    }

    /** Every digit but the first of a key-like value moved on: official codes and Wikidata ids that keep their shape. */
    private void freshKeys(ObjectNode body) {
        int by = 1 + counter.incrementAndGet() % 9;
        for (String field : List.of("officialCode", "wikidataId")) {
            if (body.path(field).isTextual()) {
                body.put(field, FieldChanges.shiftedDigits(body.get(field).asText(), by));
            }
        }
        distinguish(body);
    }

    /** The collection's template with each path parameter replaced by a new record of its kind. */
    private String resolvedPath(String collection) {
        StringBuilder path = new StringBuilder();
        for (String segment : collection.substring(1).split("/")) {
            if (segment.startsWith("{")) {
                String kind = FuzzValues.kind(path.toString(), segment.substring(1, segment.length() - 1));
                path.append('/').append(reference(kind));
            } else {
                path.append('/').append(segment);
            }
        }
        return path.toString();
    }

    private static Response postJson(String path, JsonNode body) {
        return admin().contentType(ContentType.JSON).body(body.toString()).post(path);
    }

    private static Response postMultipart(String path, JsonNode schema) {
        RequestSpecification request = admin();
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode s = property.getValue();
            if (s.path("format").asText().equals("binary") || s.path("contentMediaType").isTextual()) {
                request.multiPart(property.getKey(), "picture.png", FuzzFixtures.picture(), "image/png");
            } else if (s.path("type").asText("string").equals("string") && s.path("enum").isEmpty()) {
                request.multiPart(property.getKey(), s.path("examples").path(0).asText("Made by the round-trip walk"));
            }
        });
        return request.post(path);
    }

    static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.admin());
    }

    static JsonNode read(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (java.io.IOException e) {
            throw new AssertionError("Not JSON: " + response.asString(), e);
        }
    }
}
