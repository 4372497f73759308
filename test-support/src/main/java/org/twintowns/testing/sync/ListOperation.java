package org.twintowns.testing.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.twintowns.testing.ServedDocument;

/**
 * A list of the OpenAPI document a running service serves at {@code /q/openapi}: a GET whose JSON
 * answer is the Page envelope ({@code items}, {@code page}, {@code size}, {@code totalItems},
 * {@code totalPages}), with its query parameters and whether its items carry {@code updatedAt}.
 */
public record ListOperation(String operationId, String path, Set<String> parameters, boolean itemsHaveUpdatedAt) {

    private static final List<String> ENVELOPE = List.of("items", "page", "size", "totalItems", "totalPages");

    /** Every list of the served document. */
    public static List<ListOperation> served() {
        JsonNode document = ServedDocument.read();
        List<ListOperation> lists = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().path("get");
            JsonNode page = ServedDocument.resolved(document, get.path("responses").path("200").path("content")
                    .path("application/json").path("schema"));
            if (get.isMissingNode() || !ENVELOPE.stream().allMatch(page.path("properties")::has)) {
                continue;
            }
            JsonNode item = ServedDocument.resolved(document, page.path("properties").path("items").path("items"));
            Set<String> parameters = new TreeSet<>();
            for (JsonNode parameter : get.path("parameters")) {
                if ("query".equals(parameter.path("in").asText())) {
                    parameters.add(parameter.path("name").asText());
                }
            }
            lists.add(new ListOperation(get.path("operationId").asText(), path.getKey(), parameters,
                    item.path("properties").has("updatedAt")));
        }
        return lists;
    }

    @Override
    public String toString() {
        return operationId + " (GET " + path + ")";
    }
}
