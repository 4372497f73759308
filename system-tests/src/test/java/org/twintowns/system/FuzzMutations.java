package org.twintowns.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.twintowns.system.FuzzContract.Operation;
import org.twintowns.system.FuzzContract.Parameter;
import org.twintowns.system.FuzzGenerator.Draft;
import org.twintowns.system.FuzzPayloads.Payload;

/**
 * One spoiling of a request being generated, each recorded by name in the draft: a parameter's
 * value, a body field (wrong type, hostile text, removed, nested deep), the body as a whole, a
 * header, the path, or the parameters present.
 */
final class FuzzMutations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> ANY_TEXT = List.of("empty", "unicode", "injection", "huge");
    static final String BOUNDARY = "fuzz-boundary-7MA4YWxkTrZu0gW";

    private final SplittableRandom random;
    private final FuzzValues values;
    private final Operation operation;

    FuzzMutations(SplittableRandom random, FuzzValues values, Operation operation) {
        this.random = random;
        this.values = values;
        this.operation = operation;
    }

    void apply(Draft draft) {
        int pick = random.nextInt(100);
        boolean hasBody = draft.json != null || draft.parts != null || draft.bytes != null;
        if (pick < 35 && !draft.parameters.isEmpty()) {
            parameter(draft);
        } else if (pick < 65 && draft.json != null) {
            field(draft);
        } else if (pick < 65 && draft.parts != null) {
            part(draft);
        } else if (pick < 80 && hasBody) {
            body(draft);
        } else if (pick < 90) {
            header(draft);
        } else if (pick < 95) {
            path(draft);
        } else {
            presence(draft);
        }
    }

    /** The families of hostile text that fit a schema, the general ones always among them. */
    private Payload payloadFor(JsonNode schema) {
        List<String> families = new ArrayList<>(ANY_TEXT);
        String format = schema.path("format").asText("");
        String type = schema.path("type").isArray() ? schema.path("type").path(0).asText() : schema.path("type").asText();
        String special = format.equals("uuid") || schema.path("pattern").asText().startsWith("[a-fA-F0-9]{8}") ? "id"
                : format.startsWith("date") ? "date"
                : type.equals("integer") || type.equals("number") ? "number" : null;
        if (special != null && random.nextBoolean()) {
            families = List.of(special);
        }
        return FuzzPayloads.pick(random, families);
    }

    private void parameter(Draft draft) {
        List<Parameter> present = new ArrayList<>(draft.parameters.keySet());
        Parameter parameter = present.get(random.nextInt(present.size()));
        Payload payload = payloadFor(parameter.schema());
        List<Payload> sent = draft.parameters.get(parameter);
        if (!parameter.in().equals("path") && (sent.size() > 1 || random.nextInt(10) == 0)) {
            sent.add(payload); // A repeated parameter, one value of which is bad.
        } else {
            sent.clear();
            sent.add(payload);
        }
        draft.mutations.add(parameter.in() + " " + parameter.name() + "=" + payload.label());
    }

    private void field(Draft draft) {
        JsonNode body = operation.bodies().get("application/json");
        if (!(draft.json instanceof ObjectNode object)) {
            body(draft);
            return;
        }
        // A field present, or one the schema has that the body left out; sometimes one level down.
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        body.path("properties").fieldNames().forEachRemaining(n -> {
            if (!names.contains(n)) {
                names.add(n);
            }
        });
        if (names.isEmpty()) {
            body(draft);
            return;
        }
        String name = names.get(random.nextInt(names.size()));
        JsonNode schema = body.path("properties").path(name);
        ObjectNode holder = object;
        String label = "body." + name;
        if (object.get(name) instanceof ObjectNode inner && inner.size() > 0 && random.nextBoolean()) {
            List<String> innerNames = new ArrayList<>();
            inner.fieldNames().forEachRemaining(innerNames::add);
            holder = inner;
            name = innerNames.get(random.nextInt(innerNames.size()));
            schema = schema.path("properties").path(name);
            label += "." + name;
        } else if (object.get(name) instanceof ArrayNode array && array.size() > 0 && array.get(0).isObject()
                && random.nextBoolean()) {
            ObjectNode inner = (ObjectNode) array.get(0);
            List<String> innerNames = new ArrayList<>();
            inner.fieldNames().forEachRemaining(innerNames::add);
            if (!innerNames.isEmpty()) {
                holder = inner;
                name = innerNames.get(random.nextInt(innerNames.size()));
                schema = schema.path("items").path("properties").path(name);
                label += "[0]." + name;
            }
        }
        int pick = random.nextInt(100);
        if (pick < 50) {
            Payload payload = payloadFor(schema);
            holder.set(name, payload.raw() != null ? FuzzGenerator.raw(quoted(payload.raw().bytes()))
                    : JSON.textNode(payload.text()));
            draft.mutations.add(label + "=" + payload.label());
        } else if (pick < 75) {
            Payload payload = FuzzPayloads.JSON_VALUES.get(random.nextInt(FuzzPayloads.JSON_VALUES.size()));
            holder.set(name, FuzzGenerator.raw(payload.raw().bytes()));
            draft.mutations.add(label + "=json:" + payload.label());
        } else if (pick < 87) {
            holder.remove(name);
            draft.mutations.add(label + " removed");
        } else if (pick < 95) {
            Payload deep = FuzzPayloads.deep(random.nextBoolean(), List.of(100, 1_500, 20_000).get(random.nextInt(3)));
            holder.set(name, FuzzGenerator.raw(deep.raw().bytes()));
            draft.mutations.add(label + "=" + deep.label());
        } else {
            ArrayNode many = JSON.arrayNode();
            JsonNode element = values.valid(schema.path("items"), operation.template(), name, 1);
            for (int i = 0; i < 5_000; i++) {
                many.add(element);
            }
            holder.set(name, many);
            draft.mutations.add(label + "=5000-items");
        }
    }

    private static byte[] quoted(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('"');
        out.writeBytes(raw);
        out.write('"');
        return out.toByteArray();
    }

    private void part(Draft draft) {
        List<String> names = new ArrayList<>(draft.parts.keySet());
        String name = names.get(random.nextInt(names.size()));
        Payload payload = FuzzPayloads.pick(random, ANY_TEXT);
        draft.parts.put(name, payload.utf8());
        draft.mutations.add("part " + name + "=" + payload.label());
    }

    private void body(Draft draft) {
        byte[] current = draft.json != null ? FuzzPayloads.writeJson(draft.json)
                : draft.parts != null ? multipart(draft.parts) : draft.bytes;
        int pick = random.nextInt(16);
        String label;
        byte[] replaced;
        switch (pick) {
            case 0 -> { replaced = new byte[0]; label = "empty"; }
            case 1 -> { replaced = bytes(List.of("null", "[]", "\"text\"", "12", "true").get(random.nextInt(5))); label = "other-json-value"; }
            case 2 -> { replaced = java.util.Arrays.copyOf(current, current.length / 2); label = "truncated"; }
            case 3 -> { replaced = FuzzPayloads.deep(random.nextBoolean(), List.of(1_001, 5_000, 50_000).get(random.nextInt(3))).raw().bytes(); label = "deep-nesting"; }
            case 4 -> { replaced = concat(HexFormat.of().parseHex("efbbbf"), current); label = "utf8-bom"; }
            case 5 -> { replaced = concat(current, bytes(" trailing garbage")); label = "trailing-garbage"; }
            case 6 -> { replaced = HexFormat.of().parseHex("fffe7b00220061002200"); label = "invalid-utf8"; }
            case 7 -> { replaced = duplicateKey(current); label = "duplicate-key"; }
            case 8 -> { replaced = massAssignment(current); label = "extra-fields"; }
            case 9 -> { replaced = concat(current, bytes(" ".repeat(1_100_000))); label = "over-1MiB"; }
            case 10 -> { replaced = new String(current, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE); draft.contentType = draft.mediaType + "; charset=UTF-16LE"; label = "utf16"; }
            case 11 -> { replaced = bytes("\"a\",\"b\nc;\"unclosed\n\u0000;;\n"); label = "malformed-csv"; }
            case 12 -> { replaced = bytes("ags;name;\n16053000;Jena;\n"); label = "csv-empty-last-column"; }
            case 13 -> { replaced = current.length > 40 ? java.util.Arrays.copyOf(current, current.length - 30) : current; label = "cut-end"; }
            default -> { label = "content-type"; replaced = current; draft.contentType = List.of("text/plain", "application/xml",
                    "application/json; charset=bogus", "multipart/form-data", "application/x-www-form-urlencoded",
                    "application/json; charset=ISO-8859-1", "*/*", "application/json\r\nX-Injected: yes", "")
                    .get(random.nextInt(9)); label += ":" + draft.contentType.replace("\r\n", "\\r\\n"); }
        }
        draft.json = null;
        draft.parts = null;
        draft.bytes = replaced;
        draft.mutations.add("body=" + label);
    }

    private static byte[] duplicateKey(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8);
        return text.startsWith("{") ? bytes("{\"a\":1,\"a\":[2]," + text.substring(1)) : json;
    }

    private byte[] massAssignment(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8);
        String extra = "\"id\":\"" + values.id("municipality") + "\",\"createdAt\":\"1970-01-01T00:00:00Z\","
                + "\"version\":-1,\"status\":\"PUBLISHED\",\"__proto__\":{\"admin\":true},\"unknownField\":[1],";
        return text.startsWith("{") ? bytes("{" + extra + text.substring(1)) : json;
    }

    private void header(Draft draft) {
        Payload payload = FuzzPayloads.pick(random, ANY_TEXT);
        List<Map.Entry<String, List<String>>> choices = List.of(
                Map.entry("Accept", List.of("application/xml", "text/html", "*/*;q=foo", "application/json;q=0",
                        "text/calendar", "application/geo+json", "application/rss+xml", "image/png")),
                Map.entry("Accept-Language", List.of("*", "xx-INVALID;q=2", "de-DE-x-" + "a".repeat(300), "q=;,,")),
                Map.entry("If-None-Match", List.of("*", "W/\"1\"", "\"", "\"0\", W/\"x\"")),
                Map.entry("If-Match", List.of("W/\"1\"", "\"", "\"0\"", "\"999999999999999999999\"")),
                Map.entry("Idempotency-Key", List.of("k", " ", "key-" + random.nextInt(4))),
                Map.entry("X-Request-ID", List.of("", "a b", "../x")),
                Map.entry("Cancellation-Token", List.of("", "not-a-token")));
        Map.Entry<String, List<String>> header = choices.get(random.nextInt(choices.size()));
        boolean hostile = random.nextBoolean();
        byte[] value = hostile ? payload.utf8() : bytes(header.getValue().get(random.nextInt(header.getValue().size())));
        draft.extraHeaders.add(Map.entry(header.getKey(), value));
        draft.mutations.add("header " + header.getKey() + "=" + (hostile ? payload.label()
                : label(new String(value, StandardCharsets.UTF_8))));
    }

    private void path(Draft draft) {
        String suffix = List.of("/", "//", "/.", "/..", ";a=b", "%2F..", "/%00", "/x", "?", "#frag", "/%2e%2e/%2e%2e/etc/passwd")
                .get(random.nextInt(11));
        draft.pathSuffix = suffix;
        draft.mutations.add("path+" + suffix);
    }

    private void presence(Draft draft) {
        List<Parameter> present = new ArrayList<>(draft.parameters.keySet());
        if (!present.isEmpty() && random.nextBoolean()) {
            Parameter dropped = present.get(random.nextInt(present.size()));
            draft.parameters.remove(dropped);
            draft.mutations.add(dropped.in() + " " + dropped.name() + " removed");
        } else {
            String extra = List.of("unknown=1", "page", "=", "&&", "size=-1", "sort=name,sideways", "sort=%00",
                    "page=1&page=2", "lang=" + "x".repeat(2_000)).get(random.nextInt(9));
            draft.extraQuery.add(extra);
            draft.mutations.add("query+" + label(extra));
        }
    }

    /** Parts of a multipart/form-data body; a part called file is sent as an uploaded PNG. */
    static byte[] multipart(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            out.writeBytes(bytes("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part.getKey() + "\""
                    + (part.getKey().equals("file") ? "; filename=\"a.png\"\r\nContent-Type: image/png" : "") + "\r\n\r\n"));
            out.writeBytes(part.getValue());
            out.writeBytes(bytes("\r\n"));
        }
        out.writeBytes(bytes("--" + BOUNDARY + "--\r\n"));
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** A short, printable name for a value in a label. */
    private static String label(String value) {
        return FuzzCase.cut(value.replace("\r", "\\r").replace("\n", "\\n"), 40);
    }
}
