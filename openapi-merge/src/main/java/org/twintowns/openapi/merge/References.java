package org.twintowns.openapi.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Finds and rewrites references: {@code $ref} values and discriminator mappings. A reference is
 * local ({@code #/components/schemas/X}) or names another contract of the merge by its file
 * ({@code partnerships-service.yaml#/components/schemas/X}), which is how the gateway's contract
 * uses the services' schemas.
 */
final class References {

    /** What a reference points at: a component, and the rest of the pointer inside it (usually empty). */
    record Target(ComponentKey component, String rest) {
    }

    private static final String SCHEMAS = "#/components/schemas/";

    private References() {
    }

    /**
     * The component {@code ref}, written in {@code from}, points at; null for a local reference to
     * something other than a component (such as {@code #/paths/...}), which the merge leaves as it is.
     */
    static Target target(Contract from, String ref, Map<String, Contract> byFile) {
        int hash = ref.indexOf('#');
        String file = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        Contract in = from;
        if (!file.isEmpty()) {
            in = byFile.get(file.startsWith("./") ? file.substring(2) : file);
            if (in == null) {
                throw new MergeException(from.fileName() + " refers to " + ref + ", but " + file
                        + " is not one of the merged contracts");
            }
        }
        String[] parts = pointer.split("/", 5);
        if (parts.length < 4 || !parts[0].isEmpty() || !"components".equals(parts[1])) {
            if (in != from) {
                throw new MergeException(from.fileName() + " refers to " + ref
                        + ": only components of another contract can be referred to");
            }
            return null;
        }
        String name = parts[3].replace("~1", "/").replace("~0", "~");
        if (!in.components(parts[2]).has(name)) {
            throw new MergeException(from.fileName() + " refers to " + ref + ", which does not exist");
        }
        return new Target(new ComponentKey(in.service(), parts[2], name), parts.length == 5 ? "/" + parts[4] : "");
    }

    /** Every reference below {@code node}, discriminator mappings included, as written. */
    static List<String> all(JsonNode node) {
        List<String> refs = new ArrayList<>();
        rewrite(node, ref -> {
            refs.add(ref);
            return ref;
        });
        return refs;
    }

    /** Replaces every reference below {@code node}, in place, by what {@code rewrite} makes of it. */
    static void rewrite(JsonNode node, UnaryOperator<String> rewrite) {
        if (node.isArray()) {
            node.forEach(child -> rewrite(child, rewrite));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) node;
        JsonNode ref = object.get("$ref");
        if (ref != null && ref.isTextual()) {
            object.set("$ref", TextNode.valueOf(rewrite.apply(ref.asText())));
        }
        JsonNode mapping = object.path("discriminator").path("mapping");
        if (mapping.isObject()) {
            rewriteMapping((ObjectNode) mapping, rewrite);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!"$ref".equals(field.getKey())) {
                rewrite(field.getValue(), rewrite);
            }
        }
    }

    /** A mapping value is a reference or a bare schema name; both become references. */
    private static void rewriteMapping(ObjectNode mapping, UnaryOperator<String> rewrite) {
        List<String> keys = new ArrayList<>();
        mapping.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            String value = mapping.get(key).asText();
            String ref = value.contains("#") || value.contains("/") ? value : SCHEMAS + value;
            mapping.set(key, TextNode.valueOf(rewrite.apply(ref)));
        }
    }
}
