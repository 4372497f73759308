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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no HTTP client would send (malformed, trickled,
 * oversized) and for reading exactly what came back, connection close included.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** A socket to the application under test with a 5 s read timeout. */
    public static Socket connect(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5_000);
        return socket;
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Waits until the application's connection guards are in place (api-commons installs them just
     * after the socket opens): until a request in HTTP/9.9 is answered 505.
     */
    public static void awaitConnectionGuards(int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
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

    /** One answer: status line, headers (lower-case names) and a body of Content-Length bytes. */
    public record Answer(String statusLine, int status, Map<String, String> headers, String body) {

        public static Answer read(InputStream in) throws IOException {
            String statusLine = line(in);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
            return new Answer(statusLine, Integer.parseInt(statusLine.split(" ")[1]), headers,
                    new String(body, StandardCharsets.UTF_8));
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the connection ended before the answer: " + line);
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }

        /** Asserts a problem (RFC 9457) of this status with a title, a detail and a request id. */
        public Answer assertProblem(int expected) {
            assertEquals(expected, status, statusLine + " " + body);
            assertEquals("application/problem+json", headers.get("content-type"), statusLine + " " + headers);
            JsonObject problem = new JsonObject(body);
            assertEquals(expected, problem.getInteger("status"), body);
            assertTrue(problem.getString("title") != null && !problem.getString("title").isBlank(), body);
            assertTrue(problem.getString("detail") != null && !problem.getString("detail").isBlank(), body);
            assertTrue(problem.getString("requestId") != null && !problem.getString("requestId").isBlank(), body);
            return this;
        }
    }
}
