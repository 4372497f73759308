package org.twintowns.news.item;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.changeStatus;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.etagAsAdmin;
import static org.twintowns.news.NewsFixtures.marker;
import static org.twintowns.news.media.MediaFixtures.image;
import static org.twintowns.news.media.MediaFixtures.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sql.SqlStatements;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * Issue 21: a news item's reads go to PostgreSQL together. A public GET by id took three statements one after the
 * other (whether the item is public, the entity, its media) and a page three (its ids, the entities, their media);
 * read as rows, a GET by id is one statement of two parts (JdbcRows.Together) and a page two. Every read of the item,
 * the answer to a write, its GET by id and its list item, is the same JSON.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class NewsReadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldReadAPublicItemWithItsMediaInOneStatement() throws IOException {
        String topic = "t" + marker();
        String municipality = UUID.randomUUID().toString();
        String partnership = UUID.randomUUID().toString();
        String id = createAsAdmin("""
                {"headline": "Besuch aus Brovary %s", "lead": "Kurz.", "body": "<p>Text.</p>", "language": "de",
                 "issuerName": "Stadt Jena", "issuerMunicipalityId": "%s", "topics": ["%s", "culture"],
                 "relatedMunicipalityIds": ["%s"], "relatedPartnershipIds": ["%s"],
                 "pressContact": {"name": "Anna Schmidt", "email": "presse@jena.de"}}"""
                .formatted(topic, municipality, topic, municipality, partnership));
        upload(asAdmin(), id, image("png", 48, 32), "first.png", "image/png", "Im Rathaus").then().statusCode(201);
        upload(asAdmin(), id, image("png", 32, 48), "second.png", "image/png", null).then().statusCode(201);
        String written = changeStatus(asAdmin(), id, etagAsAdmin(id), "{\"status\": \"PUBLISHED\"}")
                .then().statusCode(200).extract().asString();

        long statements = SqlStatements.fewest(() -> given().get(PATH + "/" + id).then().statusCode(200)
                .body("topics", contains(topic, "culture"))
                .body("relatedMunicipalityIds", contains(municipality))
                .body("relatedPartnershipIds", contains(partnership))
                .body("pressContact.name", equalTo("Anna Schmidt"))
                .body("media.fileName", contains("first.png", "second.png"))
                .body("media[0].caption", equalTo("Im Rathaus"))
                .body("status", equalTo("PUBLISHED")));
        assertEquals(1, statements, "a news item's GET by id took " + statements + " statements");

        JsonNode byId = JSON.readTree(given().get(PATH + "/" + id).asString());
        assertEquals(JSON.readTree(written), byId, "the answer to the write and the GET by id differ");
        long listed = SqlStatements.fewest(() -> given().get(PATH + "?topic=" + topic).then().statusCode(200)
                .body("items.id", contains(id)));
        // The page, then its media; a page shorter than its size is its own count.
        assertEquals(2, listed, "a page of news items took " + listed + " statements");
        assertEquals(byId, JSON.readTree(given().get(PATH + "?topic=" + topic).asString()).get("items").get(0),
                "the list item and the GET by id differ");
    }
}
