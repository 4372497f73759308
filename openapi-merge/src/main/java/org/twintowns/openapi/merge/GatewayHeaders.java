package org.twintowns.openapi.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The headers the gateway sets on every answer ({@code x-gateway-headers} of its contract: rate
 * limits, CORS), declared on every response of the merged document, the gateway's own and the
 * services', wherever a response does not declare them itself.
 */
final class GatewayHeaders {

    /** In the gateway's contract: headers the gateway may add to any response. */
    static final String EXTENSION = "x-gateway-headers";

    private GatewayHeaders() {
    }

    static void add(ObjectNode merged, Contract gateway, ComponentNaming naming) {
        JsonNode headers = gateway.document().path(EXTENSION);
        if (!headers.isObject()) {
            return;
        }
        for (ObjectNode response : responses(merged)) {
            ObjectNode declared = response.get("headers") instanceof ObjectNode existing
                    ? existing : response.putObject("headers");
            headers.fields().forEachRemaining(header -> {
                if (!declared.has(header.getKey())) {
                    JsonNode copy = header.getValue().deepCopy();
                    References.rewrite(copy, ref -> naming.rewrite(gateway, ref));
                    declared.set(header.getKey(), copy);
                }
            });
        }
    }

    /** Every response object of the document (references to shared responses are reached through those). */
    private static List<ObjectNode> responses(ObjectNode document) {
        List<ObjectNode> found = new ArrayList<>();
        document.path("paths").forEach(item -> PathMerge.METHODS.forEach(method ->
                item.path(method).path("responses").forEach(response -> keep(response, found))));
        document.path("components").path("responses").forEach(response -> keep(response, found));
        return found;
    }

    private static void keep(JsonNode response, List<ObjectNode> found) {
        if (response instanceof ObjectNode object && !object.has("$ref")) {
            found.add(object);
        }
    }
}
