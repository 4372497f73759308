package org.twintowns.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.RawHttp;
import org.twintowns.testing.TestTokens;

/**
 * The edge holds nothing for a slow or broken client: a request head that trickles in is cut off
 * after the header timeout (1 s in tests) with a 408 problem, while idle kept-alive connections
 * stay usable; what the HTTP codec refuses, and HTTP versions the gateway does not speak, get a
 * problem and a closed connection.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class HostileConnectionsTest {

    @BeforeEach
    void awaitConnectionGuards() throws Exception {
        RawHttp.awaitConnectionGuards(RestAssured.port);
    }

    @Test
    void shouldCloseEveryConnectionWhoseRequestHeadTricklesInWithA408Problem() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Socket socket = RawHttp.connect(RestAssured.port);
                socket.getOutputStream().write(RawHttp.ascii("GET /api/v1/echo/slow HTTP/1.1\r\nHost: localhost\r\n"));
                slow.add(socket);
            }
            long start = System.nanoTime();
            // A header line every 250 ms from each, never the end of the head.
            for (int round = 0; round < 4; round++) {
                Thread.sleep(250);
                for (Socket socket : slow) {
                    try {
                        socket.getOutputStream().write(RawHttp.ascii("X-Slow-" + round + ": still coming\r\n"));
                    } catch (IOException closedAlready) {
                        // Cut off: what the test waits for.
                    }
                }
            }
            for (Socket socket : slow) {
                RawHttp.Answer.read(socket.getInputStream()).assertProblem(408);
                RawHttp.assertClosed(socket);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 3_000, "slow connections cut off only after " + millis + " ms");
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void shouldKeepAKeptAliveConnectionUsableAfterIdlingPastTheHeaderTimeout() throws Exception {
        try (Socket socket = RawHttp.connect(RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(RawHttp.ascii("GET /api/v1/echo/first HTTP/1.1\r\nHost: localhost\r\n\r\n"));
            assertEquals(200, RawHttp.Answer.read(socket.getInputStream()).status());
            Thread.sleep(1_500);
            out.write(RawHttp.ascii("GET /api/v1/echo/second HTTP/1.1\r\nHost: localhost\r\n\r\n"));
            assertEquals(200, RawHttp.Answer.read(socket.getInputStream()).status());
        }
    }

    @Test
    void shouldAnswerRefusalsOfTheHttpLayerWithProblemsAndClose() throws Exception {
        StringBuilder manyHeaders = new StringBuilder("GET /api/v1/echo/x HTTP/1.1\r\nHost: localhost\r\n");
        for (int i = 0; i < 300; i++) {
            manyHeaders.append("X-Filler-").append(i).append(": ").append("f".repeat(100)).append("\r\n");
        }
        assertRefused("GET /api/v1/echo/" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n", 414);
        assertRefused(manyHeaders.append("\r\n").toString(), 431);
        assertRefused("GET /api/v1/echo x HTTP/1.1\r\nHost: localhost\r\n\r\n", 400);
        assertRefused("GET /api/v1/echo/x HTTP/9.9\r\nHost: localhost\r\n\r\n", 505);
        assertRefused("POST /api/v1/echo/x HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestTokens.admin()
                + "\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n", 400);
    }

    private static void assertRefused(String request, int status) throws IOException {
        try (Socket socket = RawHttp.connect(RestAssured.port)) {
            socket.getOutputStream().write(RawHttp.ascii(request));
            RawHttp.Answer answer = RawHttp.Answer.read(socket.getInputStream()).assertProblem(status);
            assertTrue(answer.statusLine().startsWith("HTTP/1.1 " + status + " "), answer.statusLine());
            RawHttp.assertClosed(socket);
        }
    }
}
