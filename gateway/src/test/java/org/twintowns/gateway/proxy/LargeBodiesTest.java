package org.twintowns.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.TestTokens;

/**
 * Large bodies pass the gateway unchanged and streamed, in both directions: the service sees the
 * first bytes of an upload while the client is still sending, and the client gets the first bytes
 * of a download while the service is still writing. A body declared larger than
 * {@code quarkus.http.limits.max-body-size} is refused.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class LargeBodiesTest {

    private static final int MIB = 1024 * 1024;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldStreamALargeUploadToTheServiceUnchanged() throws Exception {
        String marker = UUID.randomUUID().toString();
        long size = 12L * MIB;
        // The client stops after the first MiB until the service has seen bytes: a gateway that
        // buffered the whole body first would never let them through, and the test would fail.
        InputStream body = new PatternStream(size, MIB, () -> StubServices.uploaded(marker) > 0);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(gateway("/api/v1/upload/" + marker))
                        .header("Authorization", "Bearer " + TestTokens.admin())
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.fromPublisher(
                                HttpRequest.BodyPublishers.ofInputStream(() -> body), size))
                        .timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonObject digest = new JsonObject(response.body());
        assertEquals(size, digest.getLong("bytes"));
        assertEquals(patternSha256(size), digest.getString("sha256"));
    }

    @Test
    void shouldStreamALargeDownloadToTheClientUnchanged() throws Exception {
        String marker = UUID.randomUUID().toString();
        long size = 12L * MIB;
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(
                        gateway("/api/v1/download/" + marker + "?bytes=" + size)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        MessageDigest digest = StubServices.sha256();
        long read = 0;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            // The service holds back all but its first chunk until the client has it.
            int n = in.read(buffer);
            assertTrue(n > 0, "no first chunk while the service waits");
            StubServices.releaseDownload(marker);
            while (n > 0) {
                digest.update(buffer, 0, n);
                read += n;
                n = in.read(buffer);
            }
        }
        assertEquals(size, read);
        assertEquals(patternSha256(size), HexFormat.of().formatHex(digest.digest()));
    }

    @Test
    void shouldRefuseAnUploadDeclaredOverTheGatewaysBodyLimitBeforeTheServiceSeesIt() throws Exception {
        String marker = UUID.randomUUID().toString();
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("POST /api/v1/upload/" + marker + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + TestTokens.admin() + "\r\n"
                    + "Content-Length: " + (26L * MIB) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(new byte[64 * 1024]);
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertEquals("HTTP/1.1 413 Request Entity Too Large", status);
        }
        assertEquals(0, StubServices.uploaded(marker));
    }

    @Test
    void shouldStreamAnUploadOfUnknownLengthUnchangedOverHttp1AndHttp2() throws Exception {
        long size = 3L * MIB;
        for (HttpClient.Version version : HttpClient.Version.values()) {
            String marker = UUID.randomUUID().toString();
            // No length given: chunked over HTTP/1.1; over HTTP/2 (Java upgrades h2c) a body without Content-Length.
            HttpResponse<String> response = HttpClient.newBuilder().version(version).build().send(
                    HttpRequest.newBuilder(gateway("/api/v1/upload/" + marker))
                            .header("Authorization", "Bearer " + TestTokens.admin())
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new PatternStream(size, size, () -> true)))
                            .timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), version + ": " + response.body());
            JsonObject digest = new JsonObject(response.body());
            assertEquals(size, digest.getLong("bytes"), version.toString());
            assertEquals(patternSha256(size), digest.getString("sha256"), version.toString());
        }
    }

    private static URI gateway(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + RestAssured.port + pathAndQuery);
    }

    private static String patternSha256(long size) {
        MessageDigest digest = StubServices.sha256();
        for (long i = 0; i < size; i++) {
            digest.update(StubServices.patternByte(i));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** {@code size} bytes of the pattern; after {@code pauseAt} bytes it waits (at most 10 s) until {@code resume}. */
    private static final class PatternStream extends InputStream {

        private final long size;
        private final long pauseAt;
        private final BooleanSupplier resume;
        private long position;

        PatternStream(long size, long pauseAt, BooleanSupplier resume) {
            this.size = size;
            this.pauseAt = pauseAt;
            this.resume = resume;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (position >= size) {
                return -1;
            }
            if (position == pauseAt) {
                awaitResume();
            }
            int n = (int) Math.min(length, Math.min(size - position, position < pauseAt ? pauseAt - position : size));
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = StubServices.patternByte(position + i);
            }
            position += n;
            return n;
        }

        private void awaitResume() throws IOException {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!resume.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("the service saw nothing of the first " + pauseAt + " bytes: the body is not streamed");
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
    }
}
