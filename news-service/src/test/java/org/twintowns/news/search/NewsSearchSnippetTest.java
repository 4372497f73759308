package org.twintowns.news.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.marker;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sql.SqlStatements;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * Snippets of long bodies (issue 21): ts_headline's cost grows with the text it reads, so a snippet is
 * looked for in the body's first part, and the whole body is read only when the match is further on.
 * A page of hits is one statement: what a hit shows is read with its highlights, never item by item.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class NewsSearchSnippetTest {

    private static final String SEARCH = "/api/v1/news/search";

    /** Well past the part of the body a snippet is looked for in first, none of it matching. */
    private static final String FILLER = "Die Stadt plant den Haushalt für das kommende Jahr. "
            .repeat(3 * NewsSearchRepository.SNIPPET_TEXT / 50);

    private static String item(String headline, String bodyText) {
        return new JsonObject().put("headline", headline).put("body", "<p>" + bodyText + "</p>").put("language", "de")
                .put("issuerMunicipalityId", UUID.randomUUID().toString()).put("status", "PUBLISHED").encode();
    }

    @Test
    void shouldTakeTheSnippetFromTheBeginningOfTheBodyWhenItMatchesThere() {
        String early = "tt" + marker();
        String late = "uu" + marker();
        // Read whole, the body's best passage would be the late one with both words.
        createAsAdmin(item("Bericht " + marker(),
                "Zu Beginn " + early + " im Rathaus. " + FILLER + early + " und " + late + " am Ende."));

        given().queryParam("q", early + " " + late).get(SEARCH).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].snippetHtml", containsString("Zu Beginn <mark>" + early + "</mark> im Rathaus"))
                .body("items[0].snippetHtml", not(containsString(late)));
    }

    @Test
    void shouldShowAMatchFoundOnlyDeepInALongBody() {
        String w = "tt" + marker();
        createAsAdmin(item("Bericht " + marker(), FILLER + "Zuletzt sprach " + w + " im Rathaus."));

        given().queryParam("q", w).get(SEARCH).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].snippetHtml", containsString("sprach <mark>" + w + "</mark> im Rathaus"));
    }

    @Test
    void shouldBeginTheSnippetWithTheBodyWhenOnlyTheHeadlineMatches() {
        String w = "tt" + marker();
        createAsAdmin(item("Besuch " + w, "Zu Beginn ein Empfang im Rathaus. " + FILLER));

        given().queryParam("q", w).get(SEARCH).then().statusCode(200)
                .body("items[0].headlineHtml", equalTo("Besuch <mark>" + w + "</mark>"))
                .body("items[0].snippetHtml", startsWith("Zu Beginn ein Empfang im Rathaus."))
                .body("items[0].snippetHtml", not(containsString("<mark>")));
    }

    @Test
    void shouldAnswerAPageOfHitsWithOneStatementBesidesTheWalk() {
        String w = "tt" + marker();
        for (int i = 0; i < 3; i++) {
            createAsAdmin(item("Meldung " + i + " " + w, "Text " + i + ". " + FILLER));
        }
        // The oldest public item's time (where the walk through the periods ends), then the page itself.
        long statements = SqlStatements.fewest(() -> given().queryParam("q", w).get(SEARCH).then().statusCode(200)
                .body("items.size()", equalTo(3)));
        assertEquals(2, statements, "statements of one search");
    }
}
