package org.twintowns.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The merged OpenAPI 3.1 document written in the 3.0 terms the response validator understands
 * (its JSON Schema validator implements draft 4): numeric exclusive bounds become a bound with the
 * 3.0 flag, a type list with "null" becomes a type with nullable, and schema example lists, which
 * 3.0 does not know, are dropped. Nothing that constrains a value is lost.
 */
final class Oas30 {

    private Oas30() {
    }

    static JsonNode downgrade(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.put("openapi", "3.0.3");
        copy.remove("jsonSchemaDialect");
        copy.remove("webhooks");
        walk(copy);
        return copy;
    }

    private static void walk(JsonNode node) {
        if (node instanceof ObjectNode object) {
            bound(object, "exclusiveMinimum", "minimum");
            bound(object, "exclusiveMaximum", "maximum");
            if (object.get("type") instanceof ArrayNode types) {
                List<String> concrete = new ArrayList<>();
                types.forEach(t -> {
                    if (!t.asText().equals("null")) {
                        concrete.add(t.asText());
                    }
                });
                if (concrete.size() == 1) {
                    object.put("type", concrete.get(0));
                    if (concrete.size() < types.size()) {
                        object.put("nullable", true);
                    }
                }
            }
            // In a schema, "examples" is a 3.1 list; elsewhere (parameters, media types) a map that 3.0 knows.
            if (object.get("examples") instanceof ArrayNode) {
                object.remove("examples");
            }
            object.forEach(Oas30::walk);
        } else if (node instanceof ArrayNode array) {
            array.forEach(Oas30::walk);
        }
    }

    private static void bound(ObjectNode schema, String exclusive, String inclusive) {
        JsonNode value = schema.get(exclusive);
        if (value != null && value.isNumber()) {
            schema.set(inclusive, value);
            schema.put(exclusive, true);
        }
    }
}
