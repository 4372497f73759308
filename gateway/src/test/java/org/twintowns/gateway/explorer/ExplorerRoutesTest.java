package org.twintowns.gateway.explorer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.twintowns.gateway.proxy.StubServices;
import org.twintowns.testing.RawHttp;
import org.twintowns.testing.TestTokens;

/**
 * The explorer page at /explore/, served from the test fixture (src/test/resources/explorer-fixture,
 * {@code %test.gateway.explorer.classpath-root}): caching, compression, the page's own
 * Content-Security-Policy, and 404 problems for everything that is no file of it.
 */
@QuarkusTest
// The same test resources as the other gateway tests: Quarkus starts the gateway once for all of them.
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class ExplorerRoutesTest {

    private static final String INDEX = "explorer-fixture/index.html";
    private static final String SCRIPT = "/explore/assets/index-0a1B2c3D.js";

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ExplorerRoutesTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    /** The answer's body as sent, without REST Assured undoing its Content-Encoding. */
    private static Response raw(String acceptEncoding, String path) {
        return given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", acceptEncoding)
                .get(path);
    }

    @Test
    void shouldRedirectToTheFolderSoThatRelativeLinksResolve() {
        given().config(RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .get("/explore")
                .then().statusCode(301)
                .header("Location", "/explore/");
    }

    @Test
    void shouldServeThePageForRevalidationWithThePagePolicy() throws IOException {
        Response page = raw("identity", "/explore/");
        page.then().statusCode(200)
                .contentType("text/html; charset=utf-8")
                .header("Cache-Control", "no-cache")
                .header("ETag", startsWith("W/\""))
                .header("Content-Security-Policy", ExplorerRoutes.PAGE_POLICY)
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Encoding", nullValue());
        assertArrayEquals(fixture(INDEX), page.asByteArray());
        String policy = page.header("Content-Security-Policy");
        assertFalse(policy.contains("unsafe"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("connect-src 'self'"), policy);

        given().header("If-None-Match", page.header("ETag")).get("/explore/")
                .then().statusCode(304)
                .header("ETag", page.header("ETag"))
                .body(emptyString());
        given().get("/explore/index.html").then().statusCode(200).header("ETag", page.header("ETag"));
    }

    @Test
    void shouldLetBrowsersKeepHashedAssetsForAYear() {
        given().get(SCRIPT)
                .then().statusCode(200)
                .contentType("text/javascript; charset=utf-8")
                .header("Cache-Control", "public, max-age=31536000, immutable");
        given().get("/explore/favicon.svg")
                .then().statusCode(200)
                .contentType("image/svg+xml")
                .header("Cache-Control", "no-cache");
    }

    @Test
    void shouldGzipTextForClientsThatAcceptItAndNeverImages() throws IOException {
        Response gzip = raw("gzip, deflate", SCRIPT);
        gzip.then().statusCode(200)
                .header("Content-Encoding", "gzip")
                .header("Vary", containsString("Accept-Encoding"));
        byte[] compressed = gzip.asByteArray();
        byte[] script = fixture("explorer-fixture/assets/index-0a1B2c3D.js");
        assertTrue(compressed.length < script.length / 2, compressed.length + " of " + script.length);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            assertArrayEquals(script, in.readAllBytes());
        }
        raw("gzip;q=0, identity", SCRIPT).then().header("Content-Encoding", nullValue())
                .header("Content-Length", String.valueOf(script.length));

        byte[] png = fixture("explorer-fixture/assets/dot-9f8E7d6C.png");
        Response image = raw("gzip", "/explore/assets/dot-9f8E7d6C.png");
        image.then().statusCode(200).contentType("image/png").header("Content-Encoding", nullValue());
        assertArrayEquals(png, image.asByteArray());
    }

    @Test
    void shouldAnswerHeadWithTheHeadersAlone() throws IOException {
        given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "identity").head("/explore/")
                .then().statusCode(200)
                .header("Content-Length", String.valueOf(fixture(INDEX).length))
                .header("Cache-Control", "no-cache")
                .body(emptyString());
    }

    @Test
    void shouldAnswerWhatIsNoFileOfThePageWith404Problems() throws IOException {
        for (String path : List.of("/explore/missing.js", "/explore/assets/", "/explore/assets",
                "/explore/index.html.bak", "/explore/.hidden.js", "/explore/application.properties",
                "/explore/META-INF/MANIFEST.MF")) {
            given().get(path).then().statusCode(404).contentType(startsWith("application/problem+json"));
        }
        // Outside the page's folder, on the same classpath: no spelling of a way up reaches it.
        for (String path : List.of("/explore/../outside-explorer.json", "/explore/%2e%2e/outside-explorer.json",
                "/explore/..%2foutside-explorer.json", "/explore/assets/..%2F..%2Foutside-explorer.json",
                "/explore/.%2E/outside-explorer.json", "/explore/%2Foutside-explorer.json",
                "/explore//outside-explorer.json", "/explore/assets/../../outside-explorer.json",
                "/explore/..\\outside-explorer.json", "/explore/%5c..%5coutside-explorer.json")) {
            RawHttp.Answer answer = RawHttp.get(RestAssured.port, path, "localhost");
            assertTrue(answer.status() == 404 || answer.status() == 400, path + ": " + answer.status());
            assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), path);
            assertFalse(answer.body().contains("reachable"), path);
        }
    }

    @Test
    void shouldLeaveWritesToThePageUnanswered() {
        given().body("x").post("/explore/").then().statusCode(not(equalTo(200)))
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldKeepTheApiPolicyAndCorsAsTheyAre() {
        given().header("Origin", "http://localhost:5173").get("/explore/")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
        given().get("/api/v1/echo/explorer-policy")
                .then().header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
}
