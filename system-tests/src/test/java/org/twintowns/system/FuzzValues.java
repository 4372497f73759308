package org.twintowns.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Sensible values for a schema of the contract, the starting point the fuzzer then spoils: a
 * schema's example, one of its enum values, a date in the future, or the id of an item seeded
 * before the run (by the kind of item the parameter or field names), so that requests get past
 * the first checks into the code behind them.
 */
final class FuzzValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Ids of seeded items by kind (municipality, partnership, event, series, registration, news, media). */
    private final Map<String, List<String>> ids;
    private final SplittableRandom random;

    FuzzValues(Map<String, List<String>> ids, SplittableRandom random) {
        this.ids = ids;
        this.random = random;
    }

    /** The kind of item a path, parameter or field name refers to. */
    static String kind(String template, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("id")) {
            String collection = template.replaceFirst("^/api/v1/", "");
            if (collection.startsWith("events/series")) {
                return "series";
            }
            for (String kind : List.of("municipalit", "partnership", "event", "news")) {
                if (collection.startsWith(kind)) {
                    return kind.equals("municipalit") ? "municipality" : kind;
                }
            }
        }
        if (n.contains("registration")) {
            return "registration";
        }
        if (n.contains("media")) {
            return "media";
        }
        if (n.contains("series")) {
            return "series";
        }
        if (n.contains("partnership")) {
            return "partnership";
        }
        if (n.contains("event")) {
            return "event";
        }
        return "municipality";
    }

    String id(String kind) {
        List<String> pool = ids.getOrDefault(kind, List.of());
        return pool.isEmpty() ? "3f0c8a52-9a4e-4d0b-8f53-0d7a4b1f2c11" : pool.get(random.nextInt(pool.size()));
    }

    JsonNode valid(JsonNode schema, String template, String name, int depth) {
        for (String composed : List.of("oneOf", "anyOf")) {
            if (schema.path(composed).size() > 0) {
                return valid(schema.get(composed).get(random.nextInt(schema.get(composed).size())), template, name, depth);
            }
        }
        if (schema.path("enum").size() > 0) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        String type = type(schema);
        String format = schema.path("format").asText("");
        if (type.equals("string") && (format.equals("uuid") || schema.path("pattern").asText().startsWith("[a-fA-F0-9]{8}"))) {
            return JSON.textNode(id(kind(template, name)));
        }
        JsonNode example = schema.path("examples").path(0);
        if (example.isMissingNode()) {
            example = schema.path("example");
        }
        if (!example.isMissingNode() && !example.isNull() && random.nextInt(10) < 8) {
            return example.isTextual() ? JSON.textNode(distinct(name, example.asText(), schema)) : example;
        }
        return switch (type) {
            case "integer" -> JSON.numberNode(integer(schema, name));
            case "number" -> JSON.numberNode(schema.path("minimum").asDouble(0) + random.nextDouble()
                    * Math.min(10, schema.path("maximum").asDouble(10) - schema.path("minimum").asDouble(0)));
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            case "array" -> array(schema, template, name, depth);
            case "object" -> object(schema, template, depth);
            default -> JSON.textNode(text(schema, name, format));
        };
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") || schema.has("additionalProperties") ? "object" : "string";
    }

    /** Examples repeat: names and slugs get a suffix so that creates do not all collide. */
    private String distinct(String name, String example, JsonNode schema) {
        String suffix = Long.toString(random.nextLong() & 0xFFFFFFFL, 36);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("slug") && example.length() + suffix.length() + 1 <= max) {
            return example + "-" + suffix;
        }
        if ((n.equals("name") || n.equals("headline") || n.equals("en") || n.equals("de"))
                && example.length() + suffix.length() + 1 <= max) {
            return example + " " + suffix;
        }
        return example;
    }

    private long integer(JsonNode schema, String name) {
        long min = schema.path("minimum").asLong(0);
        long max = Math.min(schema.path("maximum").asLong(min + 100), min + 1000);
        if (name.equals("page")) {
            return random.nextInt(3);
        }
        return min + random.nextLong(Math.max(1, max - min + 1));
    }

    private String text(JsonNode schema, String name, String format) {
        String n = name.toLowerCase(Locale.ROOT);
        boolean later = n.startsWith("end") || n.equals("to") || n.endsWith("to");
        return switch (format) {
            case "date" -> later ? "2031-05-12" : "2031-05-10";
            case "date-time" -> later ? "2031-05-12T17:00:00+02:00" : "2031-05-10T09:00:00+02:00";
            case "email" -> "fuzz" + random.nextInt(1000) + "@example.org";
            case "uri", "url" -> "https://example.org/fuzz/" + random.nextInt(1000);
            default -> {
                String text = n.contains("slug") ? "fuzz-" + random.nextInt(100_000) : "fuzz" + random.nextInt(100_000);
                int max = schema.path("maxLength").asInt(64);
                int min = schema.path("minLength").asInt(0);
                text = text.length() > max ? text.substring(0, max) : text;
                yield text.length() < min ? text + "x".repeat(min - text.length()) : text;
            }
        };
    }

    private ArrayNode array(JsonNode schema, String template, String name, int depth) {
        ArrayNode array = JSON.arrayNode();
        int count = Math.max(schema.path("minItems").asInt(0), 1 + random.nextInt(2));
        List<String> used = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonNode item = valid(schema.path("items"), template, name, depth + 1);
            // Participants and organizers must differ: walk the pool rather than draw from it.
            if (item.isObject() && item.has("municipalityId")) {
                List<String> pool = ids.getOrDefault("municipality", List.of());
                if (!pool.isEmpty()) {
                    ((ObjectNode) item).put("municipalityId", pool.get(i % pool.size()));
                }
            }
            if (item.isTextual() && used.contains(item.asText()) && ids.containsKey(kind(template, name))) {
                List<String> pool = ids.get(kind(template, name));
                item = JSON.textNode(pool.get(i % pool.size()));
            }
            used.add(item.asText());
            array.add(item);
        }
        return array;
    }

    private ObjectNode object(JsonNode schema, String template, int depth) {
        ObjectNode object = JSON.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(property -> {
            if (depth < 6 && (required.contains(property.getKey()) || random.nextInt(10) < 6)) {
                object.set(property.getKey(), valid(property.getValue(), template, property.getKey(), depth + 1));
            }
        });
        if (object.isEmpty() && schema.path("additionalProperties").isObject()) {
            // A map such as a title by language.
            object.set("en", valid(schema.get("additionalProperties"), template, "en", depth + 1));
        }
        return object;
    }
}
