package org.twintowns.commons.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the HTTP layer refuses before any route sees the request is answered with problem details
 * and the connection closed; a client that trickles its request head is cut off after the header
 * timeout (1 s in tests); a body refused as too large is answered cleanly even while the client
 * still sends it. Raw sockets, since an HTTP client would not send such requests.
 */
@QuarkusTest
class ConnectionGuardTest {

    /** The guards are installed just after the socket opens (ConnectionGuards): wait for them. */
    @BeforeEach
    void awaitGuards() throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try (Socket socket = connect()) {
                socket.getOutputStream().write(ascii("GET /probe/list HTTP/9.9\r\nHost: localhost\r\n\r\n"));
                if (Answer.read(socket.getInputStream()).status == 505) {
                    return;
                }
            }
            assertTrue(System.nanoTime() < deadline, "no connection guard after 10 s");
            Thread.sleep(50);
        }
    }

    @Test
    void shouldCloseAConnectionWhoseRequestHeadTricklesInWithA408Problem() throws Exception {
        try (Socket socket = connect()) {
            long start = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            out.write(ascii("GET /probe/list HTTP/1.1\r\nHost: localhost\r\n"));
            Answer answer = null;
            // One header line every 200 ms, never the end of the head: the guard stops it after 1 s.
            for (int i = 0; i < 20 && answer == null; i++) {
                Thread.sleep(200);
                try {
                    out.write(ascii("X-Slow-" + i + ": still coming\r\n"));
                } catch (IOException closed) {
                    break;
                }
                if (socket.getInputStream().available() > 0) {
                    answer = Answer.read(socket.getInputStream());
                }
            }
            if (answer == null) {
                answer = Answer.read(socket.getInputStream());
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            answer.assertProblem(408);
            assertTrue(millis < 2_500, "closed only after " + millis + " ms");
            assertClosed(socket);
        }
    }

    @Test
    void shouldKeepAnIdleKeptAliveConnectionOpenPastTheHeaderTimeout() throws Exception {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(ascii("GET /probe/list HTTP/1.1\r\nHost: localhost\r\n\r\n"));
            assertEquals(200, Answer.read(socket.getInputStream()).status);
            // Idle, not slow: the header timeout runs from a head's first byte, not between requests.
            Thread.sleep(1_500);
            socket.getOutputStream().write(ascii("GET /probe/list HTTP/1.1\r\nHost: localhost\r\n\r\n"));
            assertEquals(200, Answer.read(socket.getInputStream()).status);
        }
    }

    @Test
    void shouldAnswerATooLongRequestLineWith414Problem() throws Exception {
        assertRefused("GET /probe/" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n", 414);
    }

    @Test
    void shouldAnswerTooLargeHeaderFieldsWith431Problem() throws Exception {
        StringBuilder head = new StringBuilder("GET /probe/list HTTP/1.1\r\nHost: localhost\r\n");
        for (int i = 0; i < 300; i++) {
            head.append("X-Filler-").append(i).append(": ").append("f".repeat(100)).append("\r\n");
        }
        assertRefused(head.append("\r\n").toString(), 431);
    }

    @Test
    void shouldAnswerAMalformedRequestLineWith400Problem() throws Exception {
        assertRefused("GET /probe list HTTP/1.1\r\nHost: localhost\r\n\r\n", 400);
    }

    @Test
    void shouldAnswerAMalformedRequestTargetWith400Problem() throws Exception {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(ascii("GET /probe/%zz|<> HTTP/1.1\r\nHost: localhost\r\n\r\n"));
            Answer.read(socket.getInputStream()).assertProblem(400);
        }
    }

    @Test
    void shouldAnswerABrokenChunkedBodyWith400Problem() throws Exception {
        assertRefused("POST /probe HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", 400);
    }

    @Test
    void shouldAnswerAnUnknownHttpVersionWith505ProblemInHttp11() throws Exception {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(ascii("GET /probe/list HTTP/9.9\r\nHost: localhost\r\n\r\n"));
            Answer answer = Answer.read(socket.getInputStream());
            assertTrue(answer.statusLine.startsWith("HTTP/1.1 505 "), answer.statusLine);
            answer.assertProblem(505);
            assertClosed(socket);
        }
    }

    @Test
    void shouldAnswerABodyDeclaredTooLargeWithA413ProblemWhileTheClientStillSendsIt() throws Exception {
        // The limit is 2K in tests; the client sends all of its 2 MiB before it reads the answer, as
        // simple clients (and the gateway) do. Without lingering the service reset the connection,
        // and the reset could destroy the 413 before the client read it.
        int size = 2 * 1024 * 1024;
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(ascii("POST /probe HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + size + "\r\n\r\n"));
            byte[] part = new byte[64 * 1024];
            for (int sent = 0; sent < size; sent += part.length) {
                out.write(part);
            }
            Answer.read(socket.getInputStream()).assertProblem(413);
        }
    }

    @Test
    void shouldAnswerAChunkedBodyOverTheLimitWithA413Problem() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(ascii("POST /probe HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n"));
            String chunk = "{\"name\":\"" + "n".repeat(4000);
            out.write(ascii(Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n"));
            for (int i = 0; i < 20; i++) {
                String more = "n".repeat(4000);
                out.write(ascii(Integer.toHexString(more.length()) + "\r\n" + more + "\r\n"));
            }
            out.write(ascii("0\r\n\r\n"));
            Answer.read(socket.getInputStream()).assertProblem(413);
        }
    }

    private static void assertRefused(String request, int status) throws Exception {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(ascii(request));
            Answer answer = Answer.read(socket.getInputStream());
            answer.assertProblem(status);
            assertEquals("close", answer.headers.get("connection"));
            assertClosed(socket);
        }
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", RestAssured.port);
        socket.setSoTimeout(5_000);
        return socket;
    }

    private static void assertClosed(Socket socket) throws IOException {
        try {
            assertEquals(-1, socket.getInputStream().read(), "the connection stayed open");
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the connection stayed open", e);
        } catch (IOException reset) {
            // Closed as well.
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** One HTTP/1.1 answer read off a socket: status line, headers (lower-case names) and a Content-Length body. */
    record Answer(String statusLine, int status, Map<String, String> headers, String body) {

        static Answer read(InputStream in) throws IOException {
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

        void assertProblem(int expected) {
            assertEquals(expected, status, statusLine + " " + body);
            assertEquals("application/problem+json", headers.get("content-type"), statusLine + " " + headers);
            JsonObject problem = new JsonObject(body);
            assertEquals(expected, problem.getInteger("status"), body);
            assertTrue(problem.getString("title") != null && !problem.getString("title").isBlank(), body);
            assertTrue(problem.getString("detail") != null && !problem.getString("detail").isBlank(), body);
        }
    }
}
