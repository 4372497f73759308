package org.twintowns.news.item;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.create;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.item;
import static org.twintowns.news.NewsFixtures.marker;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * A release first published elsewhere keeps its original publication date: lists, feeds and search
 * place it there, not on top as news of today, and ninjs names it as first created then.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class OriginalPublicationDateTest {

    @Test
    void shouldKeepTheOriginalPublicationDateAndSortByIt() {
        String topic = "t" + marker();
        String word = "Zeitreise" + marker().replaceAll("[0-9]", "x");
        String old = createAsAdmin(item("Alt " + word, UUID.randomUUID(), "\"status\": \"PUBLISHED\", \"topics\": [\""
                + topic + "\"], \"publishedAt\": \"2021-03-01T10:00:00+01:00\""));
        String fresh = createAsAdmin(item("Neu " + word, UUID.randomUUID(),
                "\"status\": \"PUBLISHED\", \"topics\": [\"" + topic + "\"]"));
        String older = createAsAdmin(item("Älter " + word, UUID.randomUUID(), "\"status\": \"PUBLISHED\", \"topics\": [\""
                + topic + "\"], \"publishedAt\": \"2020-06-15T08:00:00Z\""));

        given().get(PATH + "/" + old).then().statusCode(200).body("publishedAt", startsWith("2021-03-01T09:00:00"));
        List<String> listed = given().queryParam("topic", topic).get(PATH).then().statusCode(200).extract().path("items.id");
        assertEquals(List.of(fresh, old, older), listed, "newest publication first");
        List<String> searched = given().queryParam("q", word).get(PATH + "/search").then().statusCode(200)
                .extract().path("items.id");
        assertEquals(List.of(fresh, old, older), searched, "equally good matches, newest publication first");

        String rss = given().queryParam("topic", topic).get(PATH + "/feed.rss").then().statusCode(200).extract().asString();
        assertTrue(rss.indexOf(fresh) < rss.indexOf(old) && rss.indexOf(old) < rss.indexOf(older), rss);
        assertTrue(rss.contains("<pubDate>Mon, 01 Mar 2021 09:00:00 GMT</pubDate>"), rss);
        String atom = given().queryParam("topic", topic).get(PATH + "/feed.atom").then().statusCode(200).extract().asString();
        assertTrue(atom.contains("<published>2021-03-01T09:00:00Z</published>"), atom);

        given().accept("application/ninjs+json").get(PATH + "/" + old).then().statusCode(200)
                .body("firstcreated", startsWith("2021-03-01T09:00:00"));
    }

    @Test
    void shouldRefuseAPublicationDateInTheFutureOrForAnItemThatIsNotPublished() {
        String headline = "Zukunft " + marker();
        assertProblem(create(asAdmin(), item(headline, UUID.randomUUID(),
                "\"status\": \"PUBLISHED\", \"publishedAt\": \"2099-01-01T00:00:00Z\"")).then(), 400)
                .body("errors[0].field", equalTo("publishedAt"));
        assertProblem(create(asAdmin(), item(headline, UUID.randomUUID(),
                "\"publishedAt\": \"2021-01-01T00:00:00Z\"")).then(), 400)
                .body("errors[0].field", equalTo("publishedAt"));
        given().queryParam("q", headline).get(PATH + "/search").then().statusCode(200).body("totalItems", equalTo(0));

        String draft = createAsAdmin(item("Entwurf " + marker(), UUID.randomUUID(), ""));
        String etag = asAdmin().get(PATH + "/" + draft).then().extract().header("ETag");
        assertProblem(asAdmin().contentType("application/json").header("If-Match", etag)
                .body(item("Entwurf", UUID.randomUUID(), "\"publishedAt\": \"2021-01-01T00:00:00Z\""))
                .put(PATH + "/" + draft).then(), 400)
                .body("errors[0].field", equalTo("publishedAt"));
    }
}
