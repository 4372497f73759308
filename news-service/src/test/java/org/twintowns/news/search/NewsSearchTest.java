package org.twintowns.news.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.marker;
import static org.twintowns.news.NewsFixtures.moveAsAdmin;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class NewsSearchTest {

    private static final String SEARCH = "/api/v1/news/search";

    private static JsonObject item(String headline, String body, String language, String status) {
        JsonObject json = new JsonObject().put("headline", headline).put("body", body).put("language", language)
                .put("issuerMunicipalityId", UUID.randomUUID().toString());
        return status == null ? json : json.put("status", status);
    }

    @Test
    void shouldFindCaseAndDiacriticInsensitiveWithStemmingAndRankHeadlineFirst() {
        String w = "tt" + marker();
        String inBody = createAsAdmin(item("Bericht aus dem Rathaus",
                "<p>Die Städtepartnerschaften mit der Ukraine wachsen, sagt " + w + ".</p>", "de", "PUBLISHED").encode());
        String inHeadline = createAsAdmin(item("Städtepartnerschaft " + w + " gegründet",
                "<p>Ein neuer Vertrag wurde unterzeichnet.</p>", "de", "PUBLISHED").encode());

        given().queryParam("q", "STADTEPARTNERSCHAFT " + w.toUpperCase()).queryParam("language", "de").get(SEARCH)
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", equalTo(List.of(inHeadline, inBody)))
                .body("items[0].headlineHtml", equalTo("<mark>Städtepartnerschaft</mark> <mark>" + w
                        + "</mark> gegründet"))
                .body("items[1].snippetHtml", containsString("<mark>Städtepartnerschaften</mark>"));
        // Without a language the German stemming still applies.
        given().queryParam("q", "städtepartnerschaften " + w).get(SEARCH)
                .then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void shouldSearchOnlyPublicItems() {
        String w = "tt" + marker();
        String published = createAsAdmin(item("Öffentlich " + w, "<p>Text</p>", "de", "PUBLISHED").encode());
        createAsAdmin(item("Entwurf " + w, "<p>Text</p>", "de", null).encode());
        String scheduled = createAsAdmin(item("Sperrfrist " + w, "<p>Text</p>", "de", null).encode());
        moveAsAdmin(scheduled, "{\"status\": \"SCHEDULED\", \"publishAt\": \"" + OffsetDateTime.now().plusDays(1) + "\"}");
        String withdrawn = createAsAdmin(item("Zurückgezogen " + w, "<p>Text</p>", "de", "PUBLISHED").encode());
        moveAsAdmin(withdrawn, "{\"status\": \"WITHDRAWN\"}");

        given().queryParam("q", w).get(SEARCH).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.id", equalTo(List.of(published)));
    }

    @Test
    void shouldEscapeEverythingInSnippetsButTheMarks() {
        String w = "tt" + marker();
        createAsAdmin(item("Tom & Jerry <b onclick=x()>" + w + "</b>",
                "<p>Vorher &lt;script&gt;alert(1)&lt;/script&gt; und " + w + " danach.</p>", "en", "PUBLISHED").encode());
        given().queryParam("q", w).get(SEARCH).then().statusCode(200)
                .body("items[0].headlineHtml", containsString("Tom &amp; Jerry"))
                .body("items[0].headlineHtml", containsString("<mark>" + w + "</mark>"))
                .body("items[0].headlineHtml", not(containsString("<b")))
                // Text that looks like a tag is dropped by ts_headline or escaped; it never arrives as markup.
                .body("items[0].snippetHtml", containsString("<mark>" + w + "</mark>"))
                .body("items[0].snippetHtml", not(containsString("<script")))
                .body("items[0].snippetHtml", not(containsString("</script")));
    }

    @Test
    void shouldCombineSearchWithFilters() {
        String w = "tt" + marker();
        UUID partnership = UUID.randomUUID();
        String about = createAsAdmin(item("Kooperation " + w, "<p>Text</p>", "de", "PUBLISHED")
                .put("relatedPartnershipIds", new JsonArray().add(partnership.toString()))
                .put("topics", new JsonArray().add("ukraine")).encode());
        createAsAdmin(item("Kooperation " + w, "<p>Anderer Text</p>", "en", "PUBLISHED").put("slug", "other-" + w).encode());

        given().queryParam("q", w).queryParam("partnership", partnership.toString()).get(SEARCH)
                .then().statusCode(200).body("items.id", equalTo(List.of(about)));
        given().queryParam("q", w).queryParam("topic", "ukraine").get(SEARCH)
                .then().statusCode(200).body("items.id", equalTo(List.of(about)));
        given().queryParam("q", w).queryParam("language", "en").get(SEARCH)
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items.language", everyItem(equalTo("en")));
        given().queryParam("q", w).queryParam("to", "2000-01-01T00:00:00Z").get(SEARCH)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldRankTheNewestMatchesAndSayWhenOlderOnesMatchToo() {
        // The test profile ranks the newest 5 matches (news.search.candidates); 7 items match here.
        String w = "tt" + marker();
        String oldestBestMatch = createAsAdmin(item(w + " " + w + " in der Überschrift",
                "<p>" + w + " " + w + " " + w + "</p>", "de", "PUBLISHED").encode());
        String secondOldest = createAsAdmin(item("Meldung", "<p>Nebenbei " + w + ".</p>", "de", "PUBLISHED").encode());
        List<String> newest = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newest.add(createAsAdmin(item("Meldung " + i, "<p>Am Rande " + w + ".</p>", "de", "PUBLISHED").encode()));
        }

        given().queryParam("q", w).get(SEARCH).then().statusCode(200)
                .body("totalItems", equalTo(5))
                .body("moreMatches", equalTo(true))
                .body("items.id", containsInAnyOrder(newest.toArray()));
        // The older matches are reached with a date filter, and ranked there.
        String before = given().get("/api/v1/news/" + newest.get(0)).then().statusCode(200)
                .extract().path("publishedAt");
        given().queryParam("q", w).queryParam("to", before).get(SEARCH).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("moreMatches", equalTo(false))
                .body("items.id", equalTo(List.of(oldestBestMatch, secondOldest)));
    }

    @Test
    void shouldRejectMissingQueryAndBadFilters() {
        assertProblem(given().get(SEARCH).then(), 400).body("errors[0].field", containsString("q"));
        assertProblem(given().queryParam("q", "jena").queryParam("partnership", "nope").get(SEARCH).then(), 400)
                .body("errors[0].field", equalTo("partnership"));
    }
}
