package org.twintowns.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.TestTokens;

/**
 * The gateway passes {@code Accept-Encoding} on and a service's gzip body back as it came: one
 * {@code Content-Encoding}, never compressed twice, whether the answer is read whole or streamed;
 * and it compresses its own large answers (the dossier), cacheable like the reads they are made of.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class CompressionThroughGatewayTest {

    /** What the stub service answers at /api/v1/echo/compressed: a list of about 12 KB. */
    static final String LIST = "[" + "{\"name\":\"Jena\",\"country\":\"DE\"},".repeat(400) + "{}]";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** The stub's answer: gzip-encoded as a service's Compression would when the client accepts it. */
    static void answer(HttpServerRequest request) {
        var response = request.response().putHeader("Content-Type", "application/json")
                .putHeader("Vary", "Accept-Encoding");
        String accepted = request.getHeader("Accept-Encoding");
        Buffer body = Buffer.buffer(LIST);
        if (accepted != null && accepted.contains("gzip")) {
            body = Buffer.buffer(gzip(LIST.getBytes(StandardCharsets.UTF_8)));
            response.putHeader("Content-Encoding", "gzip");
        }
        if ("true".equals(request.getParam("chunked"))) {
            response.setChunked(true).write(body.slice(0, 100));
            response.end(body.slice(100, body.length()));
        } else {
            response.end(body);
        }
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void shouldPassAServicesGzipBodyThroughUntouched() throws Exception {
        for (String path : new String[] {"/api/v1/echo/compressed", "/api/v1/echo/compressed?chunked=true"}) {
            HttpResponse<byte[]> answer = get(path, "Accept-Encoding", "gzip");
            assertEquals(200, answer.statusCode(), path);
            assertEquals(java.util.List.of("gzip"), answer.headers().allValues("Content-Encoding"), path);
            assertEquals(LIST, new String(gunzip(answer.body()), StandardCharsets.UTF_8), path);
        }
    }

    @Test
    void shouldNotCompressForAClientThatDoesNotAskForIt() throws Exception {
        HttpResponse<byte[]> answer = get("/api/v1/echo/compressed");
        assertEquals(java.util.List.of(), answer.headers().allValues("Content-Encoding"));
        assertEquals(LIST, new String(answer.body(), StandardCharsets.UTF_8));
    }

    @Test
    void shouldPassAcceptEncodingToTheService() throws Exception {
        HttpResponse<byte[]> echo = get("/api/v1/echo/accept", "Accept-Encoding", "gzip;q=1.0, br;q=0.5");
        byte[] body = "gzip".equals(echo.headers().firstValue("Content-Encoding").orElse(null))
                ? gunzip(echo.body()) : echo.body();
        assertEquals("gzip;q=1.0, br;q=0.5",
                new JsonObject(new String(body, StandardCharsets.UTF_8)).getJsonObject("headers").getString("accept-encoding"));
    }

    @Test
    void shouldCompressTheDossierAndLetCachesKeepIt() throws Exception {
        HttpResponse<byte[]> dossier = get("/api/v1/municipalities/jena/dossier", "Accept-Encoding", "gzip");
        assertEquals(200, dossier.statusCode());
        assertEquals("gzip", dossier.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(new String(gunzip(dossier.body()), StandardCharsets.UTF_8).startsWith("{\"id\":\"jena\""));
        assertTrue(String.join(", ", dossier.headers().allValues("Vary")).contains("Accept-Encoding"));
        assertTrue(dossier.headers().firstValue("Cache-Control").orElse("").startsWith("public"));
        assertTrue(dossier.headers().firstValue("ETag").orElse("").startsWith("W/\""));
        HttpResponse<byte[]> withToken = get("/api/v1/municipalities/jena/dossier",
                "Authorization", "Bearer " + TestTokens.admin());
        assertEquals("private, no-store", withToken.headers().firstValue("Cache-Control").orElse(null));
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
