package org.twintowns.news.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.asEditorOf;
import static org.twintowns.news.NewsFixtures.etagAsAdmin;
import static org.twintowns.news.media.MediaFixtures.image;
import static org.twintowns.news.media.MediaFixtures.mediaPath;
import static org.twintowns.news.media.MediaFixtures.upload;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.news.media.repository.MediaContentRepository;
import org.twintowns.news.media.repository.MediaRepository;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/** Changing an image's metadata and deleting it: If-Match, revisions, the item's new version. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class MediaEditTest {

    private static final String PRESS_ONLY = """
            {"caption": "Neue Bildunterschrift", "credit": "Foto: Pressestelle Jena", "licence": "press use only",
             "sourceUrl": "https://www.jena.de/presse/bilder", "position": 3}""";

    @Inject
    MediaRepository media;

    @Inject
    MediaContentRepository contents;

    private static RequestSpecification json(RequestSpecification as) {
        return as.contentType(ContentType.JSON);
    }

    @Test
    void shouldChangeMetadataOnlyWithTheCurrentEtagAndRecordIt() {
        String[] item = MediaUploadTest.publishedItem();
        UUID issuer = UUID.fromString(item[1]);
        String itemEtag = etagAsAdmin(item[0]);
        String mediaId = upload(asEditorOf(issuer), item[0], image("png", 8, 8), "a.png", "image/png", "Alt")
                .then().statusCode(201).extract().path("id");
        String afterUpload = etagAsAdmin(item[0]);
        assertEquals(false, afterUpload.equals(itemEtag), "the item's representation lists its media");
        String path = mediaPath(item[0]) + "/" + mediaId;

        assertProblem(json(asEditorOf(issuer)).body(PRESS_ONLY).put(path).then(), 428);
        assertProblem(json(asEditorOf(issuer)).header("If-Match", "\"7\"").body(PRESS_ONLY).put(path).then(), 412);
        assertProblem(json(asEditorOf(issuer)).header("If-Match", "\"0\"")
                .body("{\"credit\": \"\", \"licence\": \"CC0 1.0\"}").put(path).then(), 400)
                .body("errors[0].field", equalTo("credit"));
        given().get(path).then().body("caption", equalTo("Alt")).body("credit", equalTo(MediaFixtures.CREDIT));

        json(asEditorOf(issuer)).header("If-Match", "\"0\"").body(PRESS_ONLY).put(path).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("caption", equalTo("Neue Bildunterschrift"))
                .body("credit", equalTo("Foto: Pressestelle Jena"))
                .body("licence", equalTo("press use only"))
                .body("altText", equalTo(null))
                .body("position", equalTo(3));
        given().get(path).then().header("ETag", equalTo("\"1\"")).body("licence", equalTo("press use only"));
        given().get(PATH + "/" + item[0]).then().header("ETag", not(equalTo(afterUpload)))
                .body("media[0].credit", equalTo("Foto: Pressestelle Jena"));

        asAdmin().get(PATH + "/" + item[0] + "/revisions").then().statusCode(200)
                .body("change", hasItems("MEDIA ADDED " + mediaId, "MEDIA UPDATED " + mediaId))
                .body("author", hasItems("editor@test"));
        // The revision keeps the media as they were before the change.
        asAdmin().get(PATH + "/" + item[0] + "/revisions/2").then().statusCode(200)
                .body("change", equalTo("MEDIA UPDATED " + mediaId))
                .body("previous.media[0].credit", equalTo(MediaFixtures.CREDIT))
                .body("previous.media[0].caption", equalTo("Alt"));
    }

    @Test
    void shouldDeleteAnImageAndItsBytesOnlyWithTheCurrentEtag() {
        String[] item = MediaUploadTest.publishedItem();
        UUID issuer = UUID.fromString(item[1]);
        var created = upload(asEditorOf(issuer), item[0], image("jpeg", 8, 8), "a.jpg", "image/jpeg", null);
        String mediaId = created.path("id");
        String content = created.path("contentUrl");
        String path = mediaPath(item[0]) + "/" + mediaId;

        assertProblem(asEditorOf(issuer).delete(path).then(), 428);
        assertProblem(asEditorOf(issuer).header("If-Match", "\"3\"").delete(path).then(), 412);
        given().get(content).then().statusCode(200);

        asEditorOf(issuer).header("If-Match", "\"0\"").delete(path).then().statusCode(204);
        assertProblem(given().get(path).then(), 404);
        assertProblem(given().get(content).then(), 404);
        // Deleted: If-Match names no current version any more (RFC 9110, 13.1.1); without it, 404.
        assertProblem(asEditorOf(issuer).header("If-Match", "\"0\"").delete(path).then(), 412);
        assertProblem(asEditorOf(issuer).delete(path).then(), 404);
        assertEquals(0, media.countOfItem(UUID.fromString(item[0])));
        assertEquals(false, contents.findByIdOptional(UUID.fromString(mediaId)).isPresent());
        given().get(PATH + "/" + item[0]).then().body("media.size()", equalTo(0));
        asAdmin().get(PATH + "/" + item[0] + "/revisions").then()
                .body("change", hasItems("MEDIA ADDED " + mediaId, "MEDIA DELETED " + mediaId));
    }

    @Test
    void shouldRefuseMoreImagesThanAnItemMayCarry() {
        String[] item = MediaUploadTest.publishedItem();
        byte[] png = image("png", 2, 2);
        for (int i = 0; i < 20; i++) {
            upload(asAdmin(), item[0], png, "bild" + i + ".png", "image/png", null).then().statusCode(201)
                    .body("position", equalTo(i));
        }
        assertProblem(upload(asAdmin(), item[0], png, "zuviel.png", "image/png", null).then(), 409)
                .body("type", equalTo("https://twintowns.org/problems/too-many-media"));
        assertEquals(20, media.countOfItem(UUID.fromString(item[0])));
    }
}
