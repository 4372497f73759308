package org.twintowns.news.contract;

import static org.hamcrest.Matchers.equalTo;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.asEditorOf;
import static org.twintowns.news.NewsFixtures.item;
import static org.twintowns.news.NewsFixtures.marker;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.stub.ReferenceStub;
import org.twintowns.news.media.MediaFixtures;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.RequestExamplesCheck;
import org.twintowns.testing.TestTokens;

/**
 * The request examples of news-service's contract are requests it takes: each is sent as it stands
 * by an editor of the municipality the examples name, to an item of that municipality, and
 * accepted. Every referenced record exists here (ReferenceStub).
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class RequestExamplesTest extends RequestExamplesCheck {

    @Test
    void shouldCreateTheCreateExample() {
        JsonNode example = example("createNewsItem");
        asEditorOf(issuer()).contentType(ContentType.JSON).body(example.toString()).post(PATH)
                .then().statusCode(201)
                .body("headline", equalTo(example.get("headline").asText()))
                .body("relatedEventIds[0]", equalTo(example.get("relatedEventIds").get(0).asText()));
    }

    @Test
    void shouldReplaceAnItemWithTheUpdateExample() {
        JsonNode example = example("updateNewsItem");
        String id = draft();
        asEditorOf(issuer()).contentType(ContentType.JSON).header("If-Match", etag(PATH + "/" + id))
                .body(example.toString()).put(PATH + "/" + id)
                .then().statusCode(200)
                .body("headline", equalTo(example.get("headline").asText()))
                .body("pressContact.role", equalTo(example.get("pressContact").get("role").asText()));
    }

    @Test
    void shouldPublishADraftWithTheStatusExample() {
        JsonNode example = example("changeNewsItemStatus");
        String id = draft();
        asEditorOf(issuer()).contentType(ContentType.JSON).header("If-Match", etag(PATH + "/" + id))
                .body(example.toString()).post(PATH + "/" + id + "/status")
                .then().statusCode(200)
                .body("status", equalTo(example.get("status").asText()));
    }

    @Test
    void shouldDescribeAnImageWithTheMediaExample() {
        JsonNode example = example("updateNewsItemMedia");
        String id = draft();
        String mediaId = MediaFixtures.upload(asEditorOf(issuer()), id, MediaFixtures.image("png", 4, 4), "a.png",
                "image/png", null).then().statusCode(201).extract().path("id");
        String media = MediaFixtures.mediaPath(id) + "/" + mediaId;
        asEditorOf(issuer()).contentType(ContentType.JSON).header("If-Match", etag(media))
                .body(example.toString()).put(media)
                .then().statusCode(200)
                .body("credit", equalTo(example.get("credit").asText()))
                .body("licence", equalTo(example.get("licence").asText()));
    }

    /** The municipality the item examples are issued by: its editors are the ones who send them. */
    private static UUID issuer() {
        return UUID.fromString(example("createNewsItem").get("issuerMunicipalityId").asText());
    }

    /** A draft of the examples' issuer, written by one of its editors; answers its id. */
    private static String draft() {
        return asEditorOf(issuer()).contentType(ContentType.JSON).body(item("Entwurf " + marker(), issuer(), ""))
                .post(PATH).then().statusCode(201).extract().path("id");
    }

    private static String etag(String path) {
        return asEditorOf(issuer()).get(path).then().statusCode(200).extract().header("ETag");
    }
}
