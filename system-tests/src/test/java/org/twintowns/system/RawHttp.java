package org.twintowns.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection: the fuzzer must send what a client
 * library refuses to (NUL and CR LF in header values, bytes that are no UTF-8, any target), and see
 * every answer as it comes, with a hard limit on how long it waits for it.
 */
final class RawHttp {

    /** What came back: a status and its header lines and body, or {@code status} 0 and what went wrong. */
    record Answer(int status, List<Map.Entry<String, String>> headers, byte[] body, long millis, String error) {

        String header(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {
    }

    /** Sends the request bytes to the port and reads the whole answer until the server closes. */
    static Answer send(int port, byte[] request, int timeoutMillis) {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException refusedWhileSending) {
                // A server may answer (413, 431) and close before it has read everything: read that answer.
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[16_384];
            long deadline = start + timeoutMillis * 1_000_000L;
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    received.write(buffer, 0, n);
                    if (complete(received.toByteArray())) {
                        break;
                    }
                    if (System.nanoTime() > deadline) {
                        throw new SocketTimeoutException("still sending after " + timeoutMillis + " ms");
                    }
                }
            } catch (IOException reset) {
                if (received.size() == 0 || reset instanceof SocketTimeoutException) {
                    throw reset;
                }
                // Reset after the answer: what was read is the answer.
            }
            return parse(received.toByteArray(), millisSince(start));
        } catch (SocketTimeoutException e) {
            return new Answer(0, List.of(), new byte[0], millisSince(start), "no answer within " + timeoutMillis + " ms");
        } catch (IOException e) {
            return new Answer(0, List.of(), new byte[0], millisSince(start), "connection failed: " + e.getMessage());
        }
    }

    /** Whether the bytes hold a whole answer (a server need not close at once after Connection: close). */
    private static boolean complete(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (end < 0) {
            return false;
        }
        String head = new String(raw, 0, end, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.matches("(?s)http/1\\.\\d (204|304).*")) {
            return true;
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("\r\ncontent-length:\\s*(\\d+)").matcher(head);
        if (length.find()) {
            return raw.length - end - 4 >= Long.parseLong(length.group(1));
        }
        if (head.contains("\r\ntransfer-encoding:") && head.contains("chunked")) {
            return new String(raw, Math.max(end, raw.length - 7), raw.length - Math.max(end, raw.length - 7),
                    StandardCharsets.ISO_8859_1).endsWith("0\r\n\r\n");
        }
        return false;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static Answer parse(byte[] raw, long millis) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (end < 0) {
            return new Answer(0, List.of(), raw, millis, raw.length == 0 ? "connection closed without an answer"
                    : "no complete header block in " + raw.length + " bytes");
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/1.") || !statusLine[1].matches("\\d{3}")) {
            return new Answer(0, List.of(), raw, millis, "malformed status line: " + lines[0]);
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(Map.entry(lines[i].substring(0, colon).trim(),
                        new String(lines[i].substring(colon + 1).trim().getBytes(StandardCharsets.ISO_8859_1),
                                StandardCharsets.UTF_8)));
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        boolean chunked = headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase("Transfer-Encoding")
                && h.getValue().toLowerCase(Locale.ROOT).contains("chunked"));
        if (chunked) {
            body = dechunk(body);
        }
        return new Answer(Integer.parseInt(statusLine[1]), headers, body, millis, null);
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(body, new byte[] {'\r', '\n'}, at);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim();
            int length;
            try {
                length = Integer.parseInt(size, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (length == 0) {
                break;
            }
            int from = lineEnd + 2;
            out.write(body, from, Math.min(length, body.length - from));
            at = from + length + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
