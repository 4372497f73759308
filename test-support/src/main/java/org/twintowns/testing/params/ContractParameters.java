package org.twintowns.testing.params;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.twintowns.testing.ServedDocument;

/** The operations of the OpenAPI document a running service serves at {@code /q/openapi}, with their parameters. */
final class ContractParameters {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /**
     * One declared parameter: where it goes, its name, its format and its pattern (of the items, for arrays;
     * null for none), whether it is required, and its example (null for none).
     */
    record Param(String in, String name, String format, String pattern, boolean required, String example) {
    }

    /**
     * One operation, such as {@code GET /api/v1/events/{id}}, the media type of its body (null for none) and the
     * media types of its answer (200), each of which may be served by a method of its own.
     */
    record Operation(String method, String path, List<Param> parameters, String bodyType, List<String> answers) {

        /** The path with every path parameter filled: a fresh UUID where it is one, else a plain word. */
        String samplePath() {
            String filled = path;
            for (Param p : parameters) {
                if (p.in().equals("path")) {
                    filled = filled.replace("{" + p.name() + "}",
                            "uuid".equals(p.format()) ? java.util.UUID.randomUUID().toString() : "sample");
                }
            }
            return filled;
        }

        /** The path with one parameter replaced by {@code value}, the others filled as in {@link #samplePath()}. */
        String pathWith(String name, String value) {
            return new Operation(method, path.replace("{" + name + "}", value), parameters, bodyType, answers)
                    .samplePath();
        }

        @Override
        public String toString() {
            return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        }
    }

    private ContractParameters() {
    }

    static List<Operation> served() {
        JsonNode document = ServedDocument.read();
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<Param> shared = params(document, path.getValue().path("parameters"));
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    List<Param> all = new ArrayList<>(shared);
                    all.addAll(params(document, op.getValue().path("parameters")));
                    Iterator<String> bodyTypes = op.getValue().path("requestBody").path("content").fieldNames();
                    List<String> answers = new ArrayList<>();
                    op.getValue().path("responses").path("200").path("content").fieldNames()
                            .forEachRemaining(answers::add);
                    operations.add(new Operation(op.getKey(), path.getKey(), List.copyOf(all),
                            bodyTypes.hasNext() ? bodyTypes.next() : null, List.copyOf(answers)));
                }
            }
        }
        return operations;
    }

    private static List<Param> params(JsonNode document, JsonNode list) {
        List<Param> params = new ArrayList<>();
        for (JsonNode p : list) {
            JsonNode schema = ServedDocument.resolved(document, p.path("schema"));
            JsonNode items = ServedDocument.resolved(document, schema.path("items"));
            String format = schema.hasNonNull("format") ? schema.get("format").asText()
                    : items.hasNonNull("format") ? items.get("format").asText() : null;
            String pattern = schema.hasNonNull("pattern") ? schema.get("pattern").asText()
                    : items.hasNonNull("pattern") ? items.get("pattern").asText() : null;
            JsonNode example = p.hasNonNull("example") ? p.get("example") : schema.path("examples").path(0);
            params.add(new Param(p.path("in").asText(), p.path("name").asText(), format, pattern,
                    p.path("required").asBoolean(false), example.isMissingNode() ? null : example.asText()));
        }
        return params;
    }
}
