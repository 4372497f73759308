package org.twintowns.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The breaking changes between two versions of an AsyncAPI document, as a subscriber sees them: a
 * channel removed or moved, a message (an event type) removed, a schema removed, a property of a
 * schema removed, retyped or no longer required, a constant changed. What a subscriber may ignore
 * (new channels, messages, optional properties) is not breaking.
 */
public final class AsyncApiBreakingChanges {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private AsyncApiBreakingChanges() {
    }

    /** True when the text is an AsyncAPI document rather than an OpenAPI one. */
    public static boolean isAsyncApi(String text) {
        return read(text).has("asyncapi");
    }

    public static List<String> between(String before, String after) {
        JsonNode old = read(before);
        JsonNode now = read(after);
        List<String> found = new ArrayList<>();
        fields(old.path("channels")).forEach(channel -> {
            JsonNode current = now.path("channels").path(channel.getKey());
            if (current.isMissingNode()) {
                found.add("channel " + channel.getKey() + ": removed");
                return;
            }
            String address = channel.getValue().path("address").asText();
            if (!address.equals(current.path("address").asText())) {
                found.add("channel " + channel.getKey() + ": address " + address + " -> " + current.path("address").asText());
            }
            fields(channel.getValue().path("messages")).forEach(message -> {
                if (!current.path("messages").has(message.getKey())) {
                    found.add("channel " + channel.getKey() + ": message " + message.getKey() + " removed");
                }
            });
        });
        fields(old.path("components").path("messages")).forEach(message -> {
            if (!now.path("components").path("messages").has(message.getKey())) {
                found.add("message " + message.getKey() + ": removed");
            }
        });
        fields(old.path("components").path("schemas")).forEach(schema -> {
            JsonNode current = now.path("components").path("schemas").path(schema.getKey());
            if (current.isMissingNode()) {
                found.add("schema " + schema.getKey() + ": removed");
            } else {
                compare("schema " + schema.getKey(), schema.getValue(), current, found);
            }
        });
        return found.stream().sorted().toList();
    }

    private static void compare(String where, JsonNode old, JsonNode now, List<String> found) {
        if (!old.path("type").equals(now.path("type"))) {
            found.add(where + ": type " + old.path("type") + " -> " + now.path("type"));
        }
        if (old.has("const") && !old.path("const").equals(now.path("const"))) {
            found.add(where + ": const " + old.path("const") + " -> " + now.path("const"));
        }
        Set<String> required = new HashSet<>();
        now.path("required").forEach(r -> required.add(r.asText()));
        old.path("required").forEach(r -> {
            if (!required.contains(r.asText())) {
                found.add(where + ": property " + r.asText() + " no longer required");
            }
        });
        fields(old.path("properties")).forEach(property -> {
            JsonNode current = now.path("properties").path(property.getKey());
            if (current.isMissingNode()) {
                found.add(where + ": property " + property.getKey() + " removed");
            } else {
                compare(where + "." + property.getKey(), property.getValue(), current, found);
            }
        });
        for (int i = 0; i < old.path("allOf").size(); i++) {
            compare(where + ".allOf[" + i + "]", old.path("allOf").path(i), now.path("allOf").path(i), found);
        }
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        fields.forEachRemaining(entries::add);
        return entries;
    }

    private static JsonNode read(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
