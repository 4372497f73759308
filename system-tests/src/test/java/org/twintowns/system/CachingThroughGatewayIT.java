package org.twintowns.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twintowns.testing.TestTokens;

/**
 * Fewer bytes through the gateway (issue 21): the whole registry as GeoJSON arrives gzip-encoded,
 * five times smaller or better, and decodes to the uncompressed answer; a list revalidates to 304;
 * an answer to a request with a token is never one a shared cache may keep. Read with java.net.http
 * over HTTP/1.1, which never decompresses on its own.
 */
@ExtendWith(PlatformExtension.class)
class CachingThroughGatewayIT {

    /** Enough places that the map is of a realistic shape, as the registry's 4 MB map is. */
    private static final int PLACES = 100;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static HttpResponse<byte[]> get(Platform platform, String path, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + platform.gatewayPort() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void shouldSendTheWholeRegistryMapCompressedAtLeastFiveTimesSmaller(Platform platform) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // Eight clients at once: the places are what the test needs, not what it tests.
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> created = new ArrayList<>();
            for (int i = 0; i < PLACES; i++) {
                int n = i;
                created.add(clients.submit(() -> given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                        .body("""
                                {"name": "Torfeld %d %s", "kind": "MUNICIPALITY", "country": "DE", "subdivision": "DE-TH",
                                 "coordinates": {"latitude": %.5f, "longitude": %.5f}}"""
                                .formatted(n, tag, 50.5 + n * 0.00731, 10.9 + n * 0.01113))
                        .post("/api/v1/municipalities").then().statusCode(201)));
            }
            for (Future<?> create : created) {
                create.get();
            }
        } finally {
            clients.shutdownNow();
        }
        HttpResponse<byte[]> plain = get(platform, "/api/v1/municipalities", "Accept", "application/geo+json");
        HttpResponse<byte[]> gzipped = get(platform, "/api/v1/municipalities",
                "Accept", "application/geo+json", "Accept-Encoding", "gzip");
        assertEquals(200, gzipped.statusCode());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(null));
        // The service's Vary, and the gateway's own (Origin, for CORS), may come as separate fields.
        assertTrue(String.join(", ", gzipped.headers().allValues("Vary")).contains("Accept-Encoding"),
                gzipped.headers().allValues("Vary").toString());
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes(), "the gzip body decodes to another map");
        }
        int ratio = plain.body().length / gzipped.body().length;
        System.out.printf("Whole-registry GeoJSON through the gateway: %d bytes, gzip %d bytes (%.1fx)%n",
                plain.body().length, gzipped.body().length, (double) plain.body().length / gzipped.body().length);
        assertTrue(ratio >= 5, plain.body().length + " bytes, gzip " + gzipped.body().length);
        assertTrue(gzipped.headers().firstValue("Cache-Control").orElse("").startsWith("public"));
    }

    @Test
    void shouldRevalidateAListToNotModifiedThroughTheGateway(Platform platform) throws Exception {
        HttpResponse<byte[]> list = get(platform, "/api/v1/partnerships?size=5", "Accept-Encoding", "gzip");
        assertEquals(200, list.statusCode());
        String etag = list.headers().firstValue("ETag").orElse(null);
        assertNotNull(etag, "a list without a validator");
        assertTrue(list.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        HttpResponse<byte[]> again = get(platform, "/api/v1/partnerships?size=5",
                "If-None-Match", etag, "Accept-Encoding", "gzip");
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(etag, again.headers().firstValue("ETag").orElse(null));
    }

    @Test
    void shouldLetNoSharedCacheKeepAnAnswerToARequestWithAToken(Platform platform) throws Exception {
        HttpResponse<byte[]> list = get(platform, "/api/v1/news?status=DRAFT",
                "Authorization", "Bearer " + TestTokens.admin());
        assertEquals(200, list.statusCode());
        String cacheControl = list.headers().firstValue("Cache-Control").orElse("").toLowerCase(Locale.ROOT);
        assertTrue(cacheControl.contains("private") && cacheControl.contains("no-store"), cacheControl);
        assertFalse(cacheControl.contains("public"), cacheControl);
    }
}
