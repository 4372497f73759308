package org.twintowns.news.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.asEditorOf;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.etagAsAdmin;
import static org.twintowns.news.NewsFixtures.item;
import static org.twintowns.news.NewsFixtures.marker;
import static org.twintowns.news.media.MediaFixtures.image;
import static org.twintowns.news.media.MediaFixtures.mediaPath;
import static org.twintowns.news.media.MediaFixtures.upload;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.news.media.repository.MediaRepository;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class MediaUploadTest {

    @Inject
    MediaRepository media;

    /** A published item of a fresh municipality; answers {itemId, municipalityId}. */
    static String[] publishedItem() {
        UUID issuer = UUID.randomUUID();
        String id = createAsAdmin(item("Bilder " + marker(), issuer, "\"status\": \"PUBLISHED\""));
        return new String[] {id, issuer.toString()};
    }

    private long stored(String itemId) {
        return media.countOfItem(UUID.fromString(itemId));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void shouldStorePngAndServeTheSameBytesWithTypeLengthEtagAndCaching() throws Exception {
        String[] item = publishedItem();
        byte[] png = image("png", 40, 30);
        String caption = "Rathaus Jena – Delegation aus Бровари";
        Response created = upload(asEditorOf(UUID.fromString(item[1])), item[0], png, "rathaus.png", "image/png", caption);
        created.then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString(mediaPath(item[0]) + "/"))
                .body("contentType", equalTo("image/png"))
                .body("width", equalTo(40)).body("height", equalTo(30))
                .body("byteSize", equalTo(png.length))
                .body("sha256", equalTo(sha256(png)))
                .body("caption", equalTo(caption))
                .body("credit", equalTo(MediaFixtures.CREDIT))
                .body("licence", equalTo(MediaFixtures.LICENCE))
                .body("fileName", equalTo("rathaus.png"));
        String contentUrl = created.path("contentUrl");

        Response served = given().get(contentUrl);
        served.then().statusCode(200)
                .contentType(equalTo("image/png"))
                .header("Content-Length", equalTo(String.valueOf(png.length)))
                .header("ETag", equalTo("\"" + sha256(png) + "\""))
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Disposition", startsWith("inline; filename=\"rathaus.png\""));
        assertArrayEquals(png, served.asByteArray());

        given().header("If-None-Match", "\"" + sha256(png) + "\"").get(contentUrl)
                .then().statusCode(304)
                .header("ETag", equalTo("\"" + sha256(png) + "\""))
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                .body(emptyOrNullString());
        given().header("If-None-Match", "\"other\"").get(contentUrl).then().statusCode(200);
    }

    @Test
    void shouldStoreJpegAndGifUnderTheirDetectedTypeWithASafeFileName() {
        String[] item = publishedItem();
        byte[] jpeg = image("jpeg", 64, 48);
        String url = upload(asEditorOf(UUID.fromString(item[1])), item[0], jpeg, "../../etc/Brovary Delegation (1)?.jpeg",
                "image/jpeg", null).then().statusCode(201)
                .body("contentType", equalTo("image/jpeg"))
                .body("fileName", equalTo("Brovary Delegation (1)_.jpg"))
                .extract().path("contentUrl");
        Response served = given().get(url);
        served.then().statusCode(200).contentType(equalTo("image/jpeg"))
                .header("Content-Disposition", containsString("filename*=UTF-8''Brovary%20Delegation%20%281%29_.jpg"));
        assertArrayEquals(jpeg, served.asByteArray());

        // The declared type says nothing (octet-stream); the content decides.
        byte[] gif = image("gif", 10, 10);
        String gifUrl = upload(asEditorOf(UUID.fromString(item[1])), item[0], gif, "bild.png",
                "application/octet-stream", null).then().statusCode(201)
                .body("contentType", equalTo("image/gif")).body("fileName", equalTo("bild.gif"))
                .extract().path("contentUrl");
        assertArrayEquals(gif, given().get(gifUrl).then().contentType(equalTo("image/gif")).extract().asByteArray());
        assertEquals(2, stored(item[0]));
    }

    @Test
    void shouldRefuseHtmlSvgAndContradictedTypesWith415AndStoreNothing() {
        String[] item = publishedItem();
        String etag = etagAsAdmin(item[0]);
        var editor = UUID.fromString(item[1]);
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertProblem(upload(asEditorOf(editor), item[0], html, "bild.png", "image/png", null).then(), 415)
                .body("type", equalTo("https://twintowns.org/problems/unsupported-image-type"))
                .body("detail", containsString("image/jpeg, image/png, image/webp, image/gif"));
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        assertProblem(upload(asEditorOf(editor), item[0], svg, "bild.svg", "image/svg+xml", null).then(), 415);
        assertProblem(upload(asEditorOf(editor), item[0], image("png", 5, 5), "bild.jpg", "image/jpeg", null)
                .then(), 415).body("detail", containsString("declared as image/jpeg but its content is image/png"));
        // Not multipart at all.
        assertProblem(asEditorOf(editor).contentType("application/json").body("{}").post(mediaPath(item[0])).then(), 415);
        assertEquals(0, stored(item[0]));
        assertEquals(etag, etagAsAdmin(item[0]));
    }

    @Test
    void shouldRefuseDamagedImageWith422AndStoreNothing() {
        String[] item = publishedItem();
        byte[] png = image("png", 80, 80);
        byte[] truncated = java.util.Arrays.copyOf(png, png.length / 2);
        assertProblem(upload(asEditorOf(UUID.fromString(item[1])), item[0], truncated, "kaputt.png", "image/png", null)
                .then(), 422).body("type", equalTo("https://twintowns.org/problems/unreadable-image"));
        assertEquals(0, stored(item[0]));
    }

    @Test
    void shouldRequireFileCreditAndLicenceAndAWebSourceUrl() {
        String[] item = publishedItem();
        UUID issuer = UUID.fromString(item[1]);
        byte[] png = image("png", 4, 4);
        assertProblem(MediaFixtures.form(asEditorOf(issuer), item[0], png, "a.png", "image/png", Map.of("caption", "x"))
                .then(), 400)
                .body("errors.field", containsInAnyOrder("credit", "licence"));
        assertProblem(MediaFixtures.form(asEditorOf(issuer), item[0], null, null, null,
                Map.of("credit", "Foto: X", "licence", "CC0 1.0")).then(), 400)
                .body("errors[0].field", equalTo("file"));
        assertProblem(MediaFixtures.form(asEditorOf(issuer), item[0], png, "a.png", "image/png",
                Map.of("credit", "Foto: X", "licence", "CC0 1.0", "sourceUrl", "javascript:alert(1)")).then(), 400)
                .body("errors[0].field", equalTo("sourceUrl"));
        assertProblem(MediaFixtures.form(asEditorOf(issuer), item[0], png, "a.png", "image/png",
                Map.of("credit", "   ", "licence", "CC0 1.0")).then(), 400)
                .body("errors[0].field", equalTo("credit"));
        assertEquals(0, stored(item[0]));
    }

    @Test
    void shouldAnswerARetriedUploadWithTheFirstAnswer() {
        String[] item = publishedItem();
        byte[] png = image("png", 12, 12);
        String key = "upload-" + marker();
        String first = upload(asEditorOf(UUID.fromString(item[1])).header("Idempotency-Key", key), item[0], png, "a.png",
                "image/png", "Erstes").then().statusCode(201).extract().path("id");
        upload(asEditorOf(UUID.fromString(item[1])).header("Idempotency-Key", key), item[0], png, "a.png", "image/png",
                "Erstes").then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", endsWith("/media/" + first))
                .body("id", equalTo(first));
        assertProblem(upload(asEditorOf(UUID.fromString(item[1])).header("Idempotency-Key", key), item[0],
                image("png", 13, 13), "a.png", "image/png", "Erstes").then(), 422);
        assertEquals(1, stored(item[0]));
    }

    @Test
    void shouldAnswer404ForUploadsToUnknownItems() {
        assertProblem(upload(asAdmin(), UUID.randomUUID().toString(),
                image("png", 4, 4), "a.png", "image/png", null).then(), 404);
        assertProblem(given().get(PATH + "/" + UUID.randomUUID() + "/media").then(), 404);
    }
}
