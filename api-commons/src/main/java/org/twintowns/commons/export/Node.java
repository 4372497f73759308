package org.twintowns.commons.export;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON object of an export (a JSON-LD node, a GeoJSON feature's properties) built member by member
 * in the order written; members without a value are left out rather than written as null, which
 * JSON-LD would drop anyway and a spreadsheet user would not want in GeoJSON.
 */
public final class Node extends LinkedHashMap<String, Object> {

    /** A JSON-LD node of a schema.org type, with its {@code @id} where it has one. */
    public static Node typed(String type, String id) {
        Node node = new Node();
        node.put("@type", type);
        return node.with("@id", id);
    }

    public Node with(String name, Object value) {
        boolean empty = value == null || value instanceof Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
        if (!empty) {
            put(name, value);
        }
        return this;
    }
}
