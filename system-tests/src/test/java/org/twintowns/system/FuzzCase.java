package org.twintowns.system;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One generated request: which target and case number of the run it is, the contract operation it
 * was made from, what was spoiled, and the bytes to send; {@link #reproducer} prints it so that it
 * can be sent again by hand.
 */
record FuzzCase(String target, int index, String operation, String method, String requestTarget,
                List<Map.Entry<String, byte[]>> headers, byte[] body, String auth, boolean outsider,
                List<String> mutations) {

    /** The request as sent to the port: one connection, closed after the answer. */
    byte[] bytes(int port) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((method + " " + requestTarget + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\nUser-Agent: twintowns-fuzz\r\n").getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> header : headers) {
            out.writeBytes((header.getKey() + ": ").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(header.getValue());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        if (body != null) {
            out.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    String id() {
        return target + "#" + index;
    }

    /** Method, target, headers (tokens by name) and body, non-printable bytes escaped, long parts cut. */
    String reproducer(int port) {
        StringBuilder text = new StringBuilder()
                .append(method).append(" http://127.0.0.1:").append(port).append(cut(requestTarget, 300))
                .append("\n      auth: ").append(auth);
        for (Map.Entry<String, byte[]> header : headers) {
            if (!header.getKey().equals("Authorization")) {
                text.append("\n      ").append(header.getKey()).append(": ").append(cut(printable(header.getValue()), 200));
            }
        }
        if (body != null) {
            text.append("\n      body (").append(body.length).append(" bytes): ").append(cut(printable(body), 400));
        }
        return text.toString();
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...(" + text.length() + " chars)";
    }

    /** UTF-8 text with control characters and bytes that are no UTF-8 written as escapes. */
    static String printable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
            boolean valid = length > 0 && i + length <= bytes.length;
            for (int j = 1; valid && j < length; j++) {
                valid = (bytes[i + j] & 0xC0) == 0x80;
            }
            String decoded = valid ? new String(bytes, i, length, StandardCharsets.UTF_8) : null;
            if (decoded == null || decoded.equals("\uFFFD") || length == 3 && b == 0xED) {
                out.append(String.format("\\x%02X", b));
                i++;
            } else if (length == 1 && (b < 0x20 || b == 0x7F)) {
                out.append(switch (b) {
                    case '\r' -> "\\r";
                    case '\n' -> "\\n";
                    case '\t' -> "\\t";
                    default -> String.format("\\x%02X", b);
                });
                i++;
            } else {
                out.append(decoded);
                i += length;
            }
        }
        return out.toString();
    }
}
