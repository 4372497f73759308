package org.twintowns.news.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.twintowns.news.NewsFixtures.asEditorOf;
import static org.twintowns.news.media.MediaFixtures.image;
import static org.twintowns.news.media.MediaFixtures.mediaPath;
import static org.twintowns.news.media.MediaFixtures.upload;
import static org.twintowns.testing.ConditionalWriteRace.WRITERS;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.ConditionalWriteRace;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/** Changes and deletes of an image sent at once with the same If-Match: one wins, the others get 412. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class MediaWriteRaceTest {

    private static String[] uploaded() {
        String[] item = MediaUploadTest.publishedItem();
        String mediaId = upload(asEditorOf(UUID.fromString(item[1])), item[0], image("png", 8, 8), "a.png",
                "image/png", "Alt").then().statusCode(201).extract().path("id");
        return new String[] {item[0], item[1], mediaPath(item[0]) + "/" + mediaId};
    }

    @Test
    void shouldLetOneOfConcurrentChangesWinAndKeepItsMetadata() throws Exception {
        String[] media = uploaded();
        UUID issuer = UUID.fromString(media[1]);

        int winner = ConditionalWriteRace.oneWins(WRITERS, i -> asEditorOf(issuer).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("{\"caption\": \"Fassung %d\", \"credit\": \"Foto: Stadt Jena\", \"licence\": \"CC BY 4.0\"}"
                        .formatted(i))
                .put(media[2]).then().extract());

        given().get(media[2]).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("caption", equalTo("Fassung " + winner));
    }

    @Test
    void shouldLetOneOfConcurrentDeletesWin() throws Exception {
        String[] media = uploaded();
        UUID issuer = UUID.fromString(media[1]);

        ConditionalWriteRace.oneWins(WRITERS, i -> asEditorOf(issuer).header("If-Match", "\"0\"")
                .delete(media[2]).then().extract());

        assertProblem(given().get(media[2]).then(), 404);
        given().get("/api/v1/news/" + media[0]).then().statusCode(200).body("media.size()", equalTo(0));
    }
}
