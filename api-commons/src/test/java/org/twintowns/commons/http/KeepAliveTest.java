package org.twintowns.commons.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Many requests on one kept-alive connection are all answered. The gateway pools its connections
 * to the services, so a service that stalls a connection after some requests stalls the platform
 * (it did, with "::1" among the trusted proxies).
 */
@QuarkusTest
class KeepAliveTest {

    @Test
    void shouldAnswerEveryRequestOnOneKeptAliveConnection() throws IOException {
        int answered = 0;
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(3_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            for (int i = 0; i < 200; i++) {
                out.write("GET /probe/list HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                answered += readResponse(in) == 200 ? 1 : 0;
            }
        }
        assertEquals(200, answered);
    }

    /** Reads one response (status line, headers, Content-Length body) and returns its status. */
    private static int readResponse(BufferedReader in) throws IOException {
        int status = Integer.parseInt(in.readLine().split(" ")[1]);
        int length = 0;
        for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        char[] body = new char[length];
        int read = 0;
        while (read < length) {
            read += in.read(body, read, length - read);
        }
        return status;
    }
}
