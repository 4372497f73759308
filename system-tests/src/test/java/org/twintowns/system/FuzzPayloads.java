package org.twintowns.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The hostile values the fuzzer puts where the contract expects something sensible, and the
 * encoders that write them exactly as meant: text is UTF-8 with a lone surrogate written as its
 * three bytes (what a careless client sends), {@link Raw} bytes go out unchanged.
 */
final class FuzzPayloads {

    /** Bytes sent as they are: in a URL percent-encoded byte by byte, in JSON spliced in place of a value. */
    record Raw(byte[] bytes) {
    }

    /** A value to send and the name a report gives it. */
    record Payload(String label, String text, Raw raw) {

        static Payload text(String label, String text) {
            return new Payload(label, text, null);
        }

        static Payload bytes(String label, byte[] bytes) {
            return new Payload(label, null, new Raw(bytes));
        }

        byte[] utf8() {
            return raw != null ? raw.bytes() : FuzzPayloads.utf8(text);
        }
    }

    private static final HexFormat HEX = HexFormat.of();

    /** Text that every kind of field may get, by family. */
    static final Map<String, List<Payload>> STRINGS = Map.of(
            "empty", List.of(Payload.text("empty", ""), Payload.text("blank", "   "), Payload.text("tab-newline", "\t\n")),
            "unicode", List.of(
                    Payload.text("nul", "a\u0000b"),
                    Payload.text("lone-high-surrogate", "a\uD800b"),
                    Payload.text("lone-low-surrogate", "\uDC00"),
                    Payload.text("rtl-override", "\u202Egnp.exe"),
                    Payload.text("combining-marks", "Z" + "\u0301\u0308\u0327".repeat(60)),
                    Payload.text("emoji", "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"),
                    Payload.text("zero-width-bom", "\uFEFF\u200B\u200D"),
                    Payload.text("control-chars", "\u0001\u0007\u001B[31m\u007F"),
                    Payload.text("noncharacter", "\uFFFF\uFFFE"),
                    Payload.bytes("overlong-nul", HEX.parseHex("c080")),
                    Payload.bytes("overlong-slash", HEX.parseHex("2e2ec0af2e2e")),
                    Payload.bytes("invalid-utf8", HEX.parseHex("fffe41")),
                    Payload.bytes("cesu-surrogate", HEX.parseHex("eda080")),
                    Payload.bytes("truncated-utf8", HEX.parseHex("41e282"))),
            "injection", List.of(
                    Payload.text("sql-quote", "' OR '1'='1"),
                    Payload.text("sql-stacked", "1; DROP TABLE municipality;--"),
                    Payload.text("sql-union", "x' UNION SELECT NULL,NULL--"),
                    Payload.text("like-wildcards", "%_%\\"),
                    Payload.text("path-traversal", "../../../../etc/passwd"),
                    Payload.text("encoded-traversal", "..%2F..%2F..%2Fetc%2Fpasswd"),
                    Payload.text("crlf", "a\r\nX-Injected: yes\r\n\r\n<html>"),
                    Payload.text("jndi", "${jndi:ldap://127.0.0.1:1/a}"),
                    Payload.text("template", "{{7*7}}#{7*7}${7*7}"),
                    Payload.text("html", "<script>alert(1)</script><img src=x onerror=alert(2)>"),
                    Payload.text("xml-entity", "<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>"),
                    Payload.text("format-string", "%s%s%s%n%x"),
                    Payload.text("regex-bomb", "(a+)+$" + "a".repeat(40) + "!"),
                    Payload.text("tsquery", "a & | !( :* <-> ''")),
            "id", List.of(
                    Payload.text("zero", "0"), Payload.text("negative", "-1"), Payload.text("null-word", "null"),
                    Payload.text("nil-uuid", "00000000-0000-0000-0000-000000000000"),
                    Payload.text("max-uuid", "ffffffff-ffff-ffff-ffff-ffffffffffff"),
                    Payload.text("not-a-uuid", "not-a-uuid"),
                    Payload.text("uuid-braces", "{3f0c8a52-9a4e-4d0b-8f53-0d7a4b1f2c11}"),
                    Payload.text("uuid-no-dashes", "3f0c8a529a4e4d0b8f530d7a4b1f2c11"),
                    Payload.text("uuid-too-long", "3f0c8a52-9a4e-4d0b-8f53-0d7a4b1f2c11a"),
                    Payload.text("huge-integer", "99999999999999999999999999"),
                    Payload.text("dot", "."), Payload.text("dot-dot", "..")),
            "date", List.of(
                    Payload.text("feb-30", "2024-02-30"), Payload.text("month-13", "2024-13-01"),
                    Payload.text("year-zero", "0000-01-01"), Payload.text("far-past", "-999999999-01-01"),
                    Payload.text("far-future", "+1000000000-01-01"), Payload.text("hour-25", "2024-01-01T25:00:00Z"),
                    Payload.text("offset-25", "2024-01-01T00:00:00+25:00"),
                    Payload.text("max-instant", "+999999999-12-31T23:59:59.999999999Z"),
                    Payload.text("no-offset", "2024-01-01T00:00:00"), Payload.text("word", "yesterday"),
                    Payload.text("unpadded", "2024-1-1"), Payload.text("epoch-millis", "1700000000000")),
            "number", List.of(
                    Payload.text("minus-zero", "-0"), Payload.text("nan", "NaN"), Payload.text("infinity", "Infinity"),
                    Payload.text("exp-overflow", "1e400"), Payload.text("long-overflow", "9223372036854775808"),
                    Payload.text("int-overflow", "2147483648"), Payload.text("negative-big", "-9223372036854775809"),
                    Payload.text("hex", "0x10"), Payload.text("decimal-comma", "1,5"), Payload.text("fraction", "1.5"),
                    Payload.text("padded", " 1 ")));

    /** JSON values of the wrong type or out of every range, written verbatim into a body. */
    static final List<Payload> JSON_VALUES = List.of(
            json("null", "null"), json("true", "true"), json("number", "12345"), json("negative", "-1"),
            json("exp-overflow", "1e400"), json("long-overflow", "9223372036854775808123"),
            json("tiny", "1.0E-400"), json("empty-array", "[]"), json("empty-object", "{}"),
            json("array-of-strings", "[\"a\",\"b\"]"), json("object", "{\"a\":{\"b\":1}}"),
            json("nested-arrays", "[[[[[[[[1]]]]]]]]"), json("string-escapes", "\"\\u0000\\ud800\\udfff\\\\\""));

    private FuzzPayloads() {
    }

    private static Payload json(String label, String json) {
        return Payload.bytes(label, json.getBytes(StandardCharsets.UTF_8));
    }

    /** One payload of the given families, or of all of them. */
    static Payload pick(SplittableRandom random, List<String> families) {
        String family = families.get(random.nextInt(families.size()));
        if (family.equals("huge")) {
            int length = List.of(300, 5_000, 70_000).get(random.nextInt(3));
            return Payload.text("huge(" + length + ")", "x".repeat(length));
        }
        List<Payload> choices = STRINGS.get(family);
        return choices.get(random.nextInt(choices.size()));
    }

    /** Deeply nested JSON: arrays or objects, {@code depth} levels. */
    static Payload deep(boolean objects, int depth) {
        String open = objects ? "{\"a\":" : "[";
        String close = objects ? "}" : "]";
        return Payload.bytes((objects ? "deep-objects(" : "deep-arrays(") + depth + ")",
                (open.repeat(depth) + "1" + close.repeat(depth)).getBytes(StandardCharsets.UTF_8));
    }

    /** UTF-8, except that a lone surrogate becomes the three bytes of its code unit. */
    static byte[] utf8(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(++i));
            }
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xC0 | cp >> 6);
                out.write(0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out.write(0xE0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            } else {
                out.write(0xF0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3F);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            }
        }
        return out.toByteArray();
    }

    /** Every byte but the unreserved ones of RFC 3986 as %XX. */
    static String percentEncode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v >= 'a' && v <= 'z' || v >= 'A' && v <= 'Z' || v >= '0' && v <= '9' || v == '-' || v == '.'
                    || v == '_' || v == '~') {
                out.append((char) v);
            } else {
                out.append('%').append(HEX.withUpperCase().toHexDigits((byte) v));
            }
        }
        return out.toString();
    }

    /**
     * JSON as the fuzzer means it: strings escaped as JSON requires (a lone surrogate as its \\u
     * escape), everything else in UTF-8, and {@link Raw} values spliced in verbatim.
     */
    static byte[] writeJson(JsonNode node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(node, out);
        return out.toByteArray();
    }

    private static void write(JsonNode node, ByteArrayOutputStream out) {
        if (node instanceof POJONode pojo && pojo.getPojo() instanceof Raw raw) {
            out.writeBytes(raw.bytes());
        } else if (node.isObject()) {
            out.write('{');
            boolean first = true;
            for (var it = node.fields(); it.hasNext(); ) {
                var field = it.next();
                if (!first) {
                    out.write(',');
                }
                first = false;
                string(field.getKey(), out);
                out.write(':');
                write(field.getValue(), out);
            }
            out.write('}');
        } else if (node.isArray()) {
            out.write('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                write(node.get(i), out);
            }
            out.write(']');
        } else if (node.isTextual()) {
            string(node.asText(), out);
        } else {
            out.writeBytes(node.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void string(String text, ByteArrayOutputStream out) {
        StringBuilder escaped = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) && !pairedSurrogate) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        out.writeBytes(utf8(escaped.append('"').toString()));
    }
}
