package org.twintowns.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a client can send back and what it can change, worked out from a request schema alone:
 * {@link #derive} takes from an answer the fields of a request; {@link #differences} says what of a
 * sent body an answer lost, comparing values as what they mean (instants as instants, numbers as
 * numbers, lists as sets); {@link #candidates} proposes, for one field, other values the schema
 * allows, most plausible first.
 */
final class FieldChanges {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FieldChanges() {
    }

    /** The body a client derives from an answer: every field of the request schema, as answered. */
    static JsonNode derive(JsonNode answer, JsonNode schema) {
        if (answer == null || answer.isMissingNode() || answer.isNull()) {
            return null;
        }
        if (answer.isObject() && schema.path("properties").isObject() && schema.path("properties").size() > 0) {
            ObjectNode body = JSON.objectNode();
            schema.get("properties").fields().forEachRemaining(property -> {
                JsonNode value = derive(answer.get(property.getKey()), property.getValue());
                if (value != null) {
                    body.set(property.getKey(), value);
                }
            });
            return body;
        }
        if (answer.isArray() && schema.has("items")) {
            ArrayNode items = JSON.arrayNode();
            answer.forEach(item -> items.add(derive(item, schema.get("items"))));
            return items;
        }
        return answer.deepCopy();
    }

    /** What of {@code sent} the answer does not hold (as JSON pointers with both values); empty when nothing was lost. */
    static List<String> differences(JsonNode sent, JsonNode answer, JsonNode schema, String pointer) {
        List<String> lost = new ArrayList<>();
        if (sent == null || sent.isNull() || sent.isMissingNode() || (sent.isContainerNode() && sent.isEmpty())) {
            return lost;
        }
        if (answer == null || answer.isNull() || answer.isMissingNode()) {
            lost.add(pointer + ": sent " + sent + ", answered nothing");
            return lost;
        }
        if (sent.isObject()) {
            sent.fields().forEachRemaining(field -> lost.addAll(differences(field.getValue(), answer.get(field.getKey()),
                    property(schema, field.getKey()), pointer + "/" + field.getKey())));
            return lost;
        }
        if (sent.isArray()) {
            if (!answer.isArray() || answer.size() != sent.size()) {
                lost.add(pointer + ": sent " + sent + ", answered " + answer);
                return lost;
            }
            List<JsonNode> unmatched = new ArrayList<>();
            answer.forEach(unmatched::add);
            for (JsonNode item : sent) {
                JsonNode match = unmatched.stream()
                        .filter(a -> differences(item, a, schema.path("items"), pointer).isEmpty()).findFirst().orElse(null);
                if (match == null) {
                    lost.add(pointer + ": sent " + item + ", not among " + answer);
                } else {
                    unmatched.remove(match);
                }
            }
            return lost;
        }
        if (!sameValue(sent, answer, schema.path("format").asText(""))) {
            lost.add(pointer + ": sent " + sent + ", answered " + answer);
        }
        return lost;
    }

    private static boolean sameValue(JsonNode sent, JsonNode answer, String format) {
        if (sent.isNumber() && answer.isNumber()) {
            return new BigDecimal(sent.asText()).compareTo(new BigDecimal(answer.asText())) == 0;
        }
        if (sent.isTextual() && answer.isTextual() && format.equals("date-time")) {
            try {
                return OffsetDateTime.parse(sent.asText()).toInstant().equals(OffsetDateTime.parse(answer.asText()).toInstant());
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return sent.equals(answer);
    }

    static JsonNode property(JsonNode schema, String name) {
        JsonNode property = schema.path("properties").path(name);
        return property.isMissingNode() ? schema.path("additionalProperties") : property;
    }

    /**
     * Other values of a field, most plausible first: the value another example gives it, then
     * values made from the current one within the schema's type, enum, format, pattern and bounds.
     * {@code references} makes a new record's id for a field that names one.
     */
    static List<JsonNode> candidates(String name, JsonNode value, JsonNode schema, JsonNode other,
            Function<String, String> references) {
        List<JsonNode> candidates = new ArrayList<>();
        if (other != null && !other.isMissingNode() && !other.isNull() && !other.equals(value)) {
            candidates.add(other);
        }
        if (value == null || value.isMissingNode() || value.isNull()) {
            return candidates;
        }
        if (value.isObject()) {
            List<String> fields = new ArrayList<>();
            value.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                for (JsonNode changed : candidates(field, value.get(field), property(schema, field),
                        other == null ? null : other.get(field), references)) {
                    ObjectNode copy = value.deepCopy();
                    copy.set(field, changed);
                    candidates.add(copy);
                }
            }
        } else if (value.isArray()) {
            if (value.size() > 0) {
                for (JsonNode changed : candidates(name, value.get(0), schema.path("items"), null, references)) {
                    ArrayNode copy = value.deepCopy();
                    copy.set(0, changed);
                    candidates.add(copy);
                }
            }
            if (value.size() > schema.path("minItems").asInt(0)) {
                ArrayNode shorter = value.deepCopy();
                shorter.remove(shorter.size() - 1);
                candidates.add(shorter);
            }
        } else {
            candidates.addAll(leaf(name, value, schema, references));
        }
        return candidates;
    }

    private static List<JsonNode> leaf(String name, JsonNode value, JsonNode schema, Function<String, String> references) {
        List<JsonNode> leaf = new ArrayList<>();
        if (schema.path("enum").size() > 0) {
            schema.get("enum").forEach(e -> {
                if (!e.equals(value)) {
                    leaf.add(e);
                }
            });
            return leaf;
        }
        if (value.isBoolean()) {
            leaf.add(JSON.booleanNode(!value.asBoolean()));
        } else if (value.isIntegralNumber()) {
            long v = value.asLong();
            if (!schema.has("minimum") || v - 1 >= schema.get("minimum").asLong()) {
                leaf.add(JSON.numberNode(v - 1));
            }
            if (!schema.has("maximum") || v + 1 <= schema.get("maximum").asLong()) {
                leaf.add(JSON.numberNode(v + 1));
            }
        } else if (value.isNumber()) {
            BigDecimal v = value.decimalValue();
            leaf.add(JSON.numberNode(v.subtract(new BigDecimal("0.01"))));
            leaf.add(JSON.numberNode(v.add(new BigDecimal("0.01"))));
        } else if (value.isTextual()) {
            leaf.addAll(texts(name, value.asText(), schema, references));
        }
        return leaf;
    }

    /** Starts move earlier and ends later: a widened span stays valid where a shifted one may not. */
    private static List<JsonNode> texts(String name, String text, JsonNode schema, Function<String, String> references) {
        String n = name.toLowerCase(Locale.ROOT);
        boolean end = n.startsWith("end") || n.contains("until") || n.equals("to");
        int direction = end ? 1 : -1;
        List<String> texts = new ArrayList<>();
        if (ResourceMaker.isId(JSON.textNode(text))) {
            return List.of(JSON.textNode(references.apply(FuzzValues.kind("", name))));
        }
        switch (schema.path("format").asText("")) {
            case "date" -> {
                LocalDate date = LocalDate.parse(text);
                texts.add(date.plusDays(direction).toString());
                texts.add(date.minusDays(direction).toString());
            }
            case "date-time" -> {
                OffsetDateTime time = OffsetDateTime.parse(text);
                texts.add(time.plusHours(direction).toString());
                texts.add(time.minusHours(direction).toString());
            }
            case "email" -> texts.add("changed." + text);
            case "uri", "url" -> texts.add(text + (text.endsWith("/") ? "changed" : "/changed"));
            default -> {
                // Values the schema gives as examples first: a time zone or a code that must be a real one.
                schema.path("examples").forEach(e -> texts.add(e.asText()));
                texts.add(text + " changed");
                texts.add(text + "-changed");
                texts.add(text + "x");
                texts.add(shiftedDigits(text, 3));
                if (text.length() > 1) {
                    texts.add(text.substring(0, text.length() - 1));
                }
            }
        }
        Pattern pattern = pattern(schema);
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        List<JsonNode> allowed = new ArrayList<>();
        for (String t : texts) {
            if (!t.equals(text) && t.codePointCount(0, t.length()) >= min && t.codePointCount(0, t.length()) <= max
                    && (pattern == null || pattern.matcher(t).find())) {
                allowed.add(JSON.textNode(t));
            }
        }
        return allowed;
    }

    /**
     * The text with every digit but a leading one moved on by {@code by} (mod 10): a code or an id of
     * the same shape (Q3150 → Q6483), so that a pattern still holds.
     */
    static String shiftedDigits(String text, int by) {
        StringBuilder shifted = new StringBuilder(text.substring(0, Math.min(1, text.length())));
        for (char c : text.substring(shifted.length()).toCharArray()) {
            shifted.append(Character.isDigit(c) ? (char) ('0' + Math.floorMod(c - '0' + by, 10)) : c);
        }
        return shifted.toString();
    }

    /** The schema's pattern as Java reads it; none when Java cannot (it then allows every candidate). */
    private static Pattern pattern(JsonNode schema) {
        if (!schema.path("pattern").isTextual()) {
            return null;
        }
        try {
            return Pattern.compile(schema.get("pattern").asText());
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /** A copy of {@code body} with the given fields set to the given values. */
    static ObjectNode with(ObjectNode body, Map<String, JsonNode> fields) {
        ObjectNode copy = body.deepCopy();
        copy.setAll(fields);
        return copy;
    }
}
