package org.twintowns.news.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.news.NewsFixtures.as;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.asEditorOf;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.etagAsAdmin;
import static org.twintowns.news.NewsFixtures.item;
import static org.twintowns.news.NewsFixtures.marker;
import static org.twintowns.news.NewsFixtures.moveAsAdmin;
import static org.twintowns.news.media.MediaFixtures.image;
import static org.twintowns.news.media.MediaFixtures.mediaPath;
import static org.twintowns.news.media.MediaFixtures.upload;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.news.media.repository.MediaRepository;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/** Media are exactly as visible as their item, and only its editors may change them. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class MediaAccessTest {

    @Inject
    MediaRepository media;

    private long stored(String itemId) {
        return media.countOfItem(UUID.fromString(itemId));
    }

    @Test
    void shouldRefuseAnonymousForeignAndRolelessUploadsAndStoreNothing() {
        UUID jena = UUID.randomUUID();
        String id = createAsAdmin(item("Jena " + marker(), jena, "\"status\": \"PUBLISHED\""));
        String etag = etagAsAdmin(id);
        byte[] png = image("png", 8, 8);
        assertProblem(upload(given(), id, png, "a.png", "image/png", null).then(), 401);
        assertProblem(upload(as(TestTokens.forgedAdmin()), id, png, "a.png", "image/png", null).then(), 401);
        assertProblem(upload(asEditorOf(UUID.randomUUID()), id, png, "a.png", "image/png", null).then(), 403);
        assertProblem(upload(as(TestTokens.token("reader@test", Set.of("reader"), Set.of(jena.toString()))), id, png,
                "a.png", "image/png", null).then(), 403);
        assertEquals(0, stored(id));
        assertEquals(etag, etagAsAdmin(id));

        upload(asAdmin(), id, png, "a.png", "image/png", null).then().statusCode(201);
        assertEquals(1, stored(id));
    }

    @Test
    void shouldNotLetOtherEditorsChangeOrDeleteAnImage() {
        UUID jena = UUID.randomUUID();
        String id = createAsAdmin(item("Jena " + marker(), jena, "\"status\": \"PUBLISHED\""));
        String mediaId = upload(asEditorOf(jena), id, image("png", 8, 8), "a.png", "image/png", "Alt")
                .then().statusCode(201).extract().path("id");
        String path = mediaPath(id) + "/" + mediaId;
        assertProblem(asEditorOf(UUID.randomUUID()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"credit\": \"Foto: fremd\", \"licence\": \"CC0 1.0\"}").put(path).then(), 403);
        assertProblem(asEditorOf(UUID.randomUUID()).header("If-Match", "\"0\"").delete(path).then(), 403);
        assertProblem(given().header("If-Match", "\"0\"").delete(path).then(), 401);
        given().get(path).then().statusCode(200).body("caption", equalTo("Alt")).body("credit", equalTo(MediaFixtures.CREDIT));
    }

    @Test
    void shouldHideImagesOfDraftsEmbargoedAndWithdrawnItemsFromThePublicOnly() {
        UUID jena = UUID.randomUUID();
        String id = createAsAdmin(item("Entwurf " + marker(), jena, ""));
        byte[] png = image("png", 16, 9);
        Response created = upload(asEditorOf(jena), id, png, "a.png", "image/png", null);
        created.then().statusCode(201);
        String metadata = mediaPath(id) + "/" + created.path("id");
        String content = created.path("contentUrl");

        assertHiddenFromPublicButServedPrivatelyToEditor(id, metadata, content, png, jena);

        moveAsAdmin(id, "{\"status\": \"SCHEDULED\", \"publishAt\": \"2099-12-01T09:00:00+01:00\"}");
        assertHiddenFromPublicButServedPrivatelyToEditor(id, metadata, content, png, jena);

        moveAsAdmin(id, "{\"status\": \"PUBLISHED\"}");
        given().get(content).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
        given().get(metadata).then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
        given().get(mediaPath(id)).then().statusCode(200).body("size()", equalTo(1));

        moveAsAdmin(id, "{\"status\": \"WITHDRAWN\"}");
        assertHiddenFromPublicButServedPrivatelyToEditor(id, metadata, content, png, jena);
    }

    private static void assertHiddenFromPublicButServedPrivatelyToEditor(String id, String metadata, String content,
                                                                         byte[] png, UUID issuer) {
        assertProblem(given().get(content).then(), 404);
        assertProblem(given().get(metadata).then(), 404);
        assertProblem(given().get(mediaPath(id)).then(), 404);
        assertProblem(asEditorOf(UUID.randomUUID()).get(content).then(), 404);
        byte[] served = asEditorOf(issuer).get(content).then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"))
                .extract().asByteArray();
        assertArrayEquals(png, served);
        asEditorOf(issuer).get(metadata).then().statusCode(200).header("Cache-Control", equalTo("private, no-store"));
        asEditorOf(issuer).get(mediaPath(id)).then().statusCode(200).body("size()", equalTo(1));
    }
}
