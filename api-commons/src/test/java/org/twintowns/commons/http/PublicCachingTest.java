package org.twintowns.commons.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.security.SecurityHeaders;

/**
 * Public reads are compressed when large and the client accepts gzip, cacheable, and revalidate to
 * 304 by a digest of their body (lists have no version); with credentials nothing may keep them.
 * Read with java.net.http, which never decompresses on its own, and decoded with java.util.zip.
 */
@QuarkusTest
class PublicCachingTest {

    // HTTP/1.1, as the gateway speaks to the services (over h2c Quarkus leaves "Content-Encoding: identity"
    // on what it does not compress).
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/caching-probe")
    URI probe;

    private HttpResponse<byte[]> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(probe + pathAndQuery));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void shouldCompressALargeListThatDecodesToTheSameBytes() throws Exception {
        HttpResponse<byte[]> plain = get("?size=200");
        HttpResponse<byte[]> gzipped = get("?size=200", "Accept-Encoding", "gzip");
        assertEquals(null, header(plain, "Content-Encoding"));
        assertEquals("gzip", header(gzipped, "Content-Encoding"));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
        assertTrue(gzipped.body().length * 5 < plain.body().length,
                gzipped.body().length + " bytes gzip of " + plain.body().length);
        assertTrue(header(gzipped, "Vary").contains("Accept-Encoding"));
        assertEquals(header(plain, "ETag"), header(gzipped, "ETag"));
    }

    @Test
    void shouldSendSmallAnswersAsTheyAre() throws Exception {
        HttpResponse<byte[]> small = get("?size=2", "Accept-Encoding", "gzip");
        assertEquals(null, header(small, "Content-Encoding"), small.headers().map().toString());
        assertTrue(small.body().length < 1024 && new String(small.body()).startsWith("[{"));
        // A cache must still keep the two forms apart: the same read when large is compressed.
        assertTrue(header(small, "Vary").contains("Accept-Encoding"));
    }

    @Test
    void shouldCompressOnlyWhatTheClientAccepts() throws Exception {
        assertEquals(null, header(get("?size=200", "Accept-Encoding", "br"), "Content-Encoding"));
        assertEquals(null, header(get("?size=200", "Accept-Encoding", "identity"), "Content-Encoding"));
    }

    @Test
    void shouldCompressAnswersOfPlainRoutes() throws Exception {
        HttpResponse<byte[]> route = get("/route", "Accept-Encoding", "gzip");
        assertEquals("gzip", header(route, "Content-Encoding"));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(route.body()))) {
            assertTrue(new String(in.readAllBytes()).endsWith("\"end\"]"));
        }
    }

    @Test
    void shouldMakeAListCacheableAndRevalidateIt() throws Exception {
        HttpResponse<byte[]> list = get("?size=20");
        assertEquals(PublicCaching.DEFAULT, header(list, "Cache-Control"));
        String etag = header(list, "ETag");
        assertTrue(etag.matches("W/\"[A-Za-z0-9_-]{16}\""), etag);

        HttpResponse<byte[]> same = get("?size=20", "If-None-Match", "\"other\", " + etag);
        assertEquals(304, same.statusCode());
        assertEquals(0, same.body().length);
        assertEquals(etag, header(same, "ETag"));
        assertEquals(PublicCaching.DEFAULT, header(same, "Cache-Control"));
        // Weak comparison: the tag without W/ names the same answer.
        assertEquals(304, get("?size=20", "If-None-Match", etag.substring(2)).statusCode());

        HttpResponse<byte[]> changed = get("?size=21", "If-None-Match", etag);
        assertEquals(200, changed.statusCode());
        assertTrue(!etag.equals(header(changed, "ETag")));
    }

    @Test
    void shouldWriteTheSameBytesAsQuarkusWritesWithoutIt() throws Exception {
        // PublicCaching serializes JSON views itself (issue 21): not one byte may differ from Quarkus's writer.
        URI plain = URI.create(probe.toString().replace("/caching-probe", "/caching-probe-plain"));
        for (String path : new String[] {"?size=20", "?size=0", "/versioned"}) {
            byte[] expected = HTTP.send(HttpRequest.newBuilder(URI.create(plain + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            assertTrue(expected.length > 0, path);
            if (path.equals("/versioned")) {
                // Quarkus's direct writer escapes an emoji's halves; behind an interceptor it wrote its UTF-8,
                // and the answers keep that: the same text, the emoji as four bytes.
                expected = new String(expected, StandardCharsets.UTF_8).replace("\\uD83C\\uDFDB", "\uD83C\uDFDB")
                        .getBytes(StandardCharsets.UTF_8);
            }
            // Digested (a list), with a tag of its own (versioned), with credentials (neither).
            assertArrayEquals(expected, get(path).body(), path);
            assertArrayEquals(expected, get(path, "Authorization", "Bearer abc").body(), path);
        }
        HttpResponse<byte[]> versioned = get("/versioned", "Accept-Encoding", "gzip");
        assertEquals("\"7\"", header(versioned, "ETag"));
        String written = new String(get("/versioned").body(), StandardCharsets.UTF_8);
        assertTrue(written.startsWith("{\"name\":\"Київ, Zürich, 東京 \uD83C\uDFDB \\\"quoted"), written);
        // What Quarkus writes with writers of its own (text here) still goes through them, and is digested.
        HttpResponse<byte[]> text = get("/text");
        assertEquals("Municipality\n".repeat(200), new String(text.body(), StandardCharsets.UTF_8));
        assertTrue(header(text, "ETag").startsWith("W/"));
    }

    @Test
    void shouldKeepMapsLonger() throws Exception {
        HttpResponse<byte[]> map = get("/map", "Accept-Encoding", "gzip");
        assertEquals(PublicCaching.MAP, header(map, "Cache-Control"));
        assertEquals("gzip", header(map, "Content-Encoding"));
        assertEquals(304, get("/map", "If-None-Match", header(map, "ETag")).statusCode());
    }

    @Test
    void shouldLetNoCacheKeepAnswersToRequestsWithCredentials() throws Exception {
        for (String path : new String[] {"?size=20", "/map"}) {
            HttpResponse<byte[]> answer = get(path, "Authorization", "Bearer abc");
            assertEquals(SecurityHeaders.PRIVATE, header(answer, "Cache-Control"), path);
        }
    }

    @Test
    void shouldAnswerAnAcceptThatIsNoMediaTypeWithAProblemNotAFailure() throws Exception {
        // ContractFuzzIT found 500s for such Accept headers on the services' reads while the caching
        // interceptor was bound to every resource at once (PublicReads); here, a refusal as a problem.
        for (String accept : new String[] {"' OR '1'='1", "xxxxxxxx", "application/xml"}) {
            HttpResponse<byte[]> refused = get("?size=20", "Accept", accept);
            assertTrue(refused.statusCode() >= 400 && refused.statusCode() < 500, accept + ": " + refused.statusCode());
            assertEquals("application/problem+json", header(refused, "Content-Type"), accept);
        }
    }
}
