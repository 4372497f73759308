package org.twintowns.testing.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DynamicTest;
import org.twintowns.testing.ServedDocument;
import org.twintowns.testing.TestTokens;

/**
 * Caching and compression over every public read of a service's served contract that needs no path
 * parameter (its lists, maps, feeds, calendars, counts), in every representation it documents: read
 * with {@code Accept-Encoding: gzip}, an answer of 1 KiB or more arrives gzip-encoded and decodes
 * (with java.util.zip, not the netty encoder that wrote it) to what the uncompressed answer holds, a
 * smaller one arrives as it is; it says {@code Vary: Accept-Encoding}, carries a {@code Cache-Control}
 * that a shared cache may keep and an ETag, and {@code If-None-Match} with that ETag gives 304 with no
 * body. The same read with a token is never one a shared cache may keep. Read with java.net.http, which, unlike
 * REST Assured, never decompresses on its own.
 */
public final class PublicCachingProperty {

    /** api-commons' twintowns.http.compression-threshold. */
    private static final int THRESHOLD = 1024;
    // HTTP/1.1, as the gateway speaks to the services (over h2c Quarkus leaves "Content-Encoding: identity"
    // on what it does not compress).
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private record Read(String operationId, String path, String mediaType) {
        @Override
        public String toString() {
            return operationId + " " + mediaType;
        }
    }

    private PublicCachingProperty() {
    }

    /**
     * One test per public read and representation of the served contract.
     *
     * @param madeAtEachRead the operations whose answer names the moment it was made (a report's
     *                       generatedAt): no two answers are alike, so they cannot revalidate to 304
     */
    public static Stream<DynamicTest> everyPublicRead(Set<String> madeAtEachRead) {
        List<Read> reads = publicReads(ServedDocument.read());
        assertFalse(reads.isEmpty(), "the contract has no public read without path parameters");
        return reads.stream().map(read -> DynamicTest.dynamicTest(read.toString(),
                () -> check(read, madeAtEachRead.contains(read.operationId()))));
    }

    private static List<Read> publicReads(JsonNode document) {
        List<Read> reads = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode() || !path.getKey().startsWith("/api/") || path.getKey().contains("{")
                    || !isPublic(get) || requiresQuery(get)) {
                continue;
            }
            JsonNode content = get.path("responses").path("200").path("content");
            content.fieldNames().forEachRemaining(type ->
                    reads.add(new Read(get.path("operationId").asText(), path.getKey(), type)));
        }
        return reads;
    }

    private static boolean isPublic(JsonNode operation) {
        for (JsonNode requirement : operation.path("security")) {
            if (requirement.isEmpty()) {
                return true;
            }
        }
        return operation.path("security").isArray() && operation.path("security").isEmpty();
    }

    private static boolean requiresQuery(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("required").asBoolean(false) && !"header".equals(parameter.path("in").asText())) {
                return true;
            }
        }
        return false;
    }

    private static void check(Read read, boolean madeAtEachRead) throws IOException, InterruptedException {
        HttpResponse<byte[]> plain = get(read, Map.of());
        assertEquals(200, plain.statusCode(), read + " without a token: " + new String(plain.body()));
        HttpResponse<byte[]> gzipped = get(read, Map.of("Accept-Encoding", "gzip"));
        assertEquals(200, gzipped.statusCode(), read + " with Accept-Encoding: gzip");
        String encoding = gzipped.headers().firstValue("Content-Encoding").orElse("identity");
        if (plain.body().length >= THRESHOLD) {
            assertEquals("gzip", encoding, read + ": an answer of " + plain.body().length + " bytes is not compressed");
            byte[] decoded = gunzip(gzipped.body());
            if (!madeAtEachRead) {
                assertArrayEquals(plain.body(), decoded, read + ": the gzip body decodes to another answer");
            }
            assertTrue(gzipped.body().length < plain.body().length, read + ": gzip made it no smaller");
        } else if (plain.headers().firstValue("Content-Length").isEmpty()) {
            // Streamed (an export): of unknown length when its headers went out, so compressed whatever its size
            // (Compression); on a test database with few items it is small. It must still decode to the answer.
            byte[] decoded = "gzip".equals(encoding) ? gunzip(gzipped.body()) : gzipped.body();
            if (!madeAtEachRead) {
                assertArrayEquals(plain.body(), decoded, read + ": the streamed answer decodes to another answer");
            }
        } else {
            assertEquals("identity", encoding, read + ": an answer of " + plain.body().length + " bytes is compressed");
            if (!madeAtEachRead) {
                assertArrayEquals(plain.body(), gzipped.body(), read + ": a small answer changed");
            }
        }
        String vary = String.join(",", gzipped.headers().allValues("Vary")).toLowerCase(Locale.ROOT);
        assertTrue(vary.contains("accept-encoding"), read + " lacks Vary: Accept-Encoding: " + vary);

        String cacheControl = plain.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cacheControl.contains("public") || cacheControl.contains("no-cache"),
                read + ": a public read that no cache may keep: Cache-Control " + cacheControl);
        String etag = plain.headers().firstValue("ETag").orElse(null);
        assertNotNull(etag, read + " has no ETag");
        if (!madeAtEachRead) {
            assertEquals(etag, gzipped.headers().firstValue("ETag").orElse(null),
                    read + ": the ETag moved between two reads of the same data");
            HttpResponse<byte[]> revalidated = get(read, Map.of("If-None-Match", etag, "Accept-Encoding", "gzip"));
            assertEquals(304, revalidated.statusCode(), read + " If-None-Match " + etag);
            assertEquals(0, revalidated.body().length, read + ": a 304 with a body");
        }

        HttpResponse<byte[]> withToken = get(read, Map.of("Authorization", "Bearer " + TestTokens.admin()));
        // RFC 9111 section 3.5: a shared cache keeps an answer to a request with credentials only when
        // it says public, s-maxage or must-revalidate.
        String privateControl = withToken.headers().firstValue("Cache-Control").orElse("").toLowerCase(Locale.ROOT);
        assertFalse(privateControl.isEmpty(), read + " with a token has no Cache-Control");
        for (String shared : List.of("public", "s-maxage", "must-revalidate")) {
            assertFalse(privateControl.contains(shared), read + " with a token may be kept by a shared cache: "
                    + privateControl);
        }
    }

    private static HttpResponse<byte[]> get(Read read, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create(RestAssured.baseURI + ":" + RestAssured.port + read.path())).header("Accept", read.mediaType());
        headers.forEach(request::header);
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("not gzip", e);
        }
    }
}
