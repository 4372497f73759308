package org.twintowns.news.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.marker;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * Accents are ignored when searching and kept when highlighting: a hit marks the word as it is
 * written, whether the query has the accent or not, in every language (V11 {@code news_highlight_config}).
 * The German stemmer folds ä, ö and ü by itself, so "Görlitz" was marked in German items while "Poznań",
 * and anything accented in English or other languages, never was.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class NewsSearchAccentsTest {

    private static final String SEARCH = "/api/v1/news/search";

    private static String item(String headline, String body, String language) {
        return new JsonObject().put("headline", headline).put("body", "<p>" + body + "</p>").put("language", language)
                .put("issuerMunicipalityId", UUID.randomUUID().toString()).put("status", "PUBLISHED").encode();
    }

    /** The one hit of a query, with the item's language given and without any. */
    private static void assertHit(String q, String language, String headlineHtml, String... marked) {
        for (boolean withLanguage : new boolean[] {false, true}) {
            var request = given().queryParam("q", q);
            ValidatableResponse hit = (withLanguage ? request.queryParam("language", language) : request).get(SEARCH)
                    .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].headlineHtml", equalTo(headlineHtml));
            for (String word : marked) {
                hit.body("items[0].snippetHtml", containsString("<mark>" + word + "</mark>"));
            }
        }
    }

    @Test
    void shouldMarkAccentedWordsInGermanItems() {
        String w = "tt" + marker();
        createAsAdmin(item("Partnerschaft mit Poznań " + w, "Eine Delegation aus Poznań besuchte Görlitz.", "de"));

        assertHit(w + " Poznan Gorlitz", "de", "Partnerschaft mit <mark>Poznań</mark> <mark>" + w + "</mark>",
                "Poznań", "Görlitz");
        assertHit(w + " Poznań Görlitz", "de", "Partnerschaft mit <mark>Poznań</mark> <mark>" + w + "</mark>",
                "Poznań", "Görlitz");
    }

    @Test
    void shouldMarkAccentedWordsInEnglishItems() {
        String w = "tt" + marker();
        createAsAdmin(item("Twinning with Görlitz " + w, "Mayors from Besançon and Poznań visited Görlitz.", "en"));

        assertHit(w + " Gorlitz Besancon Poznan", "en", "Twinning with <mark>Görlitz</mark> <mark>" + w + "</mark>",
                "Besançon", "Poznań", "Görlitz");
    }

    @Test
    void shouldMarkAccentedWordsInItemsOfOtherLanguages() {
        String w = "tt" + marker();
        createAsAdmin(item("Jumelage avec Łódź " + w, "Une délégation de Besançon à Łódź.", "fr"));

        assertHit(w + " lodz délégation", "fr", "Jumelage avec <mark>Łódź</mark> <mark>" + w + "</mark>",
                "Łódź", "délégation");
    }
}
