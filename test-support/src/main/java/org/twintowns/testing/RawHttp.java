package org.twintowns.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 written by hand on a socket, for requests no client library sends (two Host headers, a
 * malformed one, none; trickled heads, oversized lines, broken chunks): the request goes out byte
 * for byte as given, and the answer is read within a time limit, so that a server that never
 * answers fails the test instead of hanging it. Connection close is observable too.
 */
public final class RawHttp {

    /** A server answers a malformed request at once; this is far more than it ever needs. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private RawHttp() {
    }

    /** A socket to 127.0.0.1:{@code port} that gives up reading after {@link #TIMEOUT}. */
    public static Socket connect(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout((int) TIMEOUT.toMillis());
        return socket;
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Sends {@code head} (request line and header lines, each without its CRLF) and {@code body} to
     * 127.0.0.1:{@code port} and reads one answer.
     */
    public static Answer send(int port, List<String> head, String body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder();
        for (String line : head) {
            request.append(line).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = connect(port)) {
            socket.getOutputStream().write(ascii(request.toString()));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            return Answer.read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            throw new AssertionError("No answer within " + TIMEOUT + " to " + head, e);
        }
    }

    /** A GET of {@code path} with the given Host header lines (none, one or several). */
    public static Answer get(int port, String path, String... hosts) throws IOException {
        List<String> head = new ArrayList<>();
        head.add("GET " + path + " HTTP/1.1");
        for (String host : hosts) {
            head.add("Host: " + host);
        }
        head.add("Connection: close");
        return send(port, head, null);
    }

    /**
     * Waits until the application's connection guards are in place (api-commons installs them just
     * after the socket opens): until a request in HTTP/9.9 is answered 505.
     */
    public static void awaitConnectionGuards(int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try (Socket socket = connect(port)) {
                socket.getOutputStream().write(ascii("GET / HTTP/9.9\r\nHost: localhost\r\n\r\n"));
                if (Answer.read(socket.getInputStream()).status() == 505) {
                    return;
                }
            }
            assertTrue(System.nanoTime() < deadline, "no connection guard after 10 s");
            Thread.sleep(50);
        }
    }

    /** Asserts that the server has closed the connection (end of stream, or a reset). */
    public static void assertClosed(Socket socket) throws IOException {
        try {
            assertEquals(-1, socket.getInputStream().read(), "the connection stayed open");
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the connection stayed open", e);
        } catch (IOException reset) {
            // Closed as well.
        }
    }

    /** One answer: status line, headers (names in lower case, values in order) and body. */
    public record Answer(String statusLine, int status, Map<String, List<String>> headers, String body) {

        /**
         * Reads one answer: a body of Content-Length bytes, none for 1xx, 204 and 304, otherwise
         * whatever comes until the connection closes.
         */
        public static Answer read(InputStream in) throws IOException {
            String statusLine = line(in);
            if (statusLine == null) {
                throw new AssertionError("The connection was closed without an answer");
            }
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, List<String>> headers = new TreeMap<>();
            for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
            List<String> length = headers.get("content-length");
            byte[] body = length != null ? in.readNBytes(Integer.parseInt(length.get(0)))
                    : status < 200 || status == 204 || status == 304 ? new byte[0] : in.readAllBytes();
            return new Answer(statusLine, status, headers, new String(body, StandardCharsets.UTF_8));
        }

        /** The first value of a header, or null. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        /** Asserts a problem (RFC 9457) of this status with a title, a detail and a request id. */
        public Answer assertProblem(int expected) {
            assertEquals(expected, status, statusLine + " " + body);
            assertEquals("application/problem+json", header("Content-Type"), statusLine + " " + headers);
            JsonObject problem = new JsonObject(body);
            assertEquals(expected, problem.getInteger("status"), body);
            assertTrue(problem.getString("title") != null && !problem.getString("title").isBlank(), body);
            assertTrue(problem.getString("detail") != null && !problem.getString("detail").isBlank(), body);
            assertTrue(problem.getString("requestId") != null && !problem.getString("requestId").isBlank(), body);
            return this;
        }

        /** One line without its CRLF; null at the end of the stream. */
        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    String text = line.toString(StandardCharsets.ISO_8859_1);
                    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
                }
                line.write(b);
            }
            return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
