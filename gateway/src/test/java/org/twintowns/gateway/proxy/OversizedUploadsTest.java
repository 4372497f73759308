package org.twintowns.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.RawHttp;
import org.twintowns.testing.TestTokens;

/**
 * A service that refuses an upload as too large is answering, not failing: however many clients
 * send bodies over its limit (anonymous registrations may), each gets the service's 413 problem
 * and the circuit stays closed for everyone else. The clients here send their whole body before
 * they read, as simple clients do, with a declared length (under the gateway's own 25 MiB) and
 * chunked; the failure threshold is 3 in tests.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class OversizedUploadsTest {

    private static final int UPLOAD_BYTES = 3 * 1024 * 1024;

    @BeforeEach
    void awaitConnectionGuards() throws Exception {
        RawHttp.awaitConnectionGuards(RestAssured.port);
    }

    @Test
    void shouldRelayTheServicesRefusalOfEveryOversizedUploadAndKeepItsCircuitClosed() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertEquals(413, upload("/api/v1/refusing/declared", false).assertProblem(413).status());
            assertEquals(413, upload("/api/v1/refusing/chunked", true).assertProblem(413).status());
        }
        given().get("/api/v1/refusing/still-there").then().statusCode(200);
    }

    @Test
    void shouldNotOpenTheCircuitWhenAServiceDropsTheConnectionDuringUploads() throws Exception {
        for (int i = 0; i < 4; i++) {
            upload("/api/v1/dropping/declared", false).assertProblem(502);
        }
        given().get("/api/v1/dropping/still-there").then().statusCode(200);
    }

    /** Sends a POST with a 3 MiB JSON-ish body, all of it, then reads the answer. */
    private static RawHttp.Answer upload(String path, boolean chunked) throws IOException {
        try (Socket socket = RawHttp.connect(RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(RawHttp.ascii("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + TestTokens.admin() + "\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n\r\n" : "Content-Length: " + UPLOAD_BYTES + "\r\n\r\n")));
            byte[] part = new byte[64 * 1024];
            java.util.Arrays.fill(part, (byte) 'a');
            for (int sent = 0; sent < UPLOAD_BYTES; sent += part.length) {
                if (chunked) {
                    out.write(RawHttp.ascii(Integer.toHexString(part.length) + "\r\n"));
                    out.write(part);
                    out.write(RawHttp.ascii("\r\n"));
                } else {
                    out.write(part);
                }
            }
            if (chunked) {
                out.write(RawHttp.ascii("0\r\n\r\n"));
            }
            return RawHttp.Answer.read(socket.getInputStream());
        }
    }
}
