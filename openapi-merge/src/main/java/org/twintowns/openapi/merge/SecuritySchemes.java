package org.twintowns.openapi.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Unifies the security schemes: schemes that work the same way (the services each declare the
 * platform's bearer JWT, under names like {@code SecurityScheme} or {@code bearer}) become one,
 * named and described as in the gateway's contract when it declares one; schemes that differ but
 * share a name are renamed with their contract's prefix. Security requirements follow the names.
 */
final class SecuritySchemes {

    private final Map<ComponentKey, String> names = new HashMap<>();
    private final ObjectNode merged = Yaml.MAPPER.createObjectNode();

    /** The gateway's contract first: its names and descriptions win. */
    SecuritySchemes(List<Contract> gatewayFirst) {
        Map<JsonNode, String> nameByMechanism = new LinkedHashMap<>();
        for (Contract contract : gatewayFirst) {
            contract.components("securitySchemes").fields().forEachRemaining(field -> {
                JsonNode mechanism = mechanism(field.getValue());
                String name = nameByMechanism.get(mechanism);
                if (name == null) {
                    name = merged.has(field.getKey()) ? contract.prefix() + field.getKey() : field.getKey();
                    if (merged.has(name)) {
                        throw new MergeException("Security scheme " + field.getKey() + " of " + contract.fileName()
                                + " would be renamed " + name + ", which is taken");
                    }
                    nameByMechanism.put(mechanism, name);
                    merged.set(name, field.getValue().deepCopy());
                }
                names.put(new ComponentKey(contract.service(), "securitySchemes", field.getKey()), name);
            });
        }
    }

    ObjectNode merged() {
        return merged;
    }

    /**
     * Renames the schemes a list of security requirements of {@code contract} names; a requirement
     * naming two schemes that became one keeps one entry with the scopes of both.
     */
    ArrayNode rewrite(Contract contract, JsonNode requirements) {
        ArrayNode result = Yaml.MAPPER.createArrayNode();
        Set<JsonNode> seen = new LinkedHashSet<>();
        for (JsonNode requirement : requirements) {
            Map<String, Set<String>> scopes = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = requirement.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String name = names.get(new ComponentKey(contract.service(), "securitySchemes", entry.getKey()));
                if (name == null) {
                    throw new MergeException(contract.fileName() + " requires security scheme " + entry.getKey()
                            + ", which it does not declare");
                }
                Set<String> set = scopes.computeIfAbsent(name, n -> new LinkedHashSet<>());
                entry.getValue().forEach(scope -> set.add(scope.asText()));
            }
            ObjectNode rewritten = Yaml.MAPPER.createObjectNode();
            scopes.forEach((name, set) -> {
                ArrayNode list = rewritten.putArray(name);
                new ArrayList<>(set).forEach(list::add);
            });
            if (seen.add(rewritten)) {
                result.add(rewritten);
            }
        }
        return result;
    }

    /** What a client must do to use a scheme: its type and parameters, without descriptions or formats. */
    private static JsonNode mechanism(JsonNode scheme) {
        ObjectNode copy = scheme.deepCopy();
        copy.remove(List.of("description", "bearerFormat"));
        List<String> extensions = new ArrayList<>();
        copy.fieldNames().forEachRemaining(f -> {
            if (f.startsWith("x-")) {
                extensions.add(f);
            }
        });
        copy.remove(extensions);
        if (copy.has("scheme")) {
            copy.put("scheme", copy.get("scheme").asText().toLowerCase(Locale.ROOT));
        }
        return copy; // JsonNode equality and hash ignore the order of fields
    }
}
