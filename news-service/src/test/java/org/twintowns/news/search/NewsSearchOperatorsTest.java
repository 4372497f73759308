package org.twintowns.news.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.marker;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * The query syntax (websearch: words, "phrases", OR, -exclusion) finds the same items with and without
 * a language. Without one, the query is read as German, English and plain words (V10
 * {@code news_search_query}); an excluded word's plain reading ("pandemie") is not the German stem an
 * item holds ("pandemi"), and the exclusion once held for every German item through that reading.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class NewsSearchOperatorsTest {

    private static final String SEARCH = "/api/v1/news/search";

    /** German and English items, each with the test's own word {@code w} so that searches see only them. */
    private record Items(String w, String pandemieDortmund, String dortmund, String pandemieKoeln,
            String pandemicLeeds, String leeds) {

        static Items create() {
            String w = "tt" + marker();
            return new Items(w,
                    createAsAdmin(item("Die Pandemie in Dortmund " + w, "de")),
                    createAsAdmin(item("Dortmund feiert " + w, "de")),
                    createAsAdmin(item("Die Pandemie in Köln " + w, "de")),
                    createAsAdmin(item("The pandemic in Leeds " + w, "en")),
                    createAsAdmin(item("Leeds celebrates " + w, "en")));
        }
    }

    private static String item(String headline, String language) {
        return new JsonObject().put("headline", headline).put("body", "<p>" + headline + ".</p>")
                .put("language", language).put("issuerMunicipalityId", UUID.randomUUID().toString())
                .put("status", "PUBLISHED").encode();
    }

    /** The ids a query finds, with the language given and without any (so it must exclude the other language). */
    private static void assertFinds(String q, String language, String... ids) {
        given().queryParam("q", q).get(SEARCH).then().statusCode(200).body("items.id", containsInAnyOrder(ids));
        given().queryParam("q", q).queryParam("language", language).get(SEARCH).then().statusCode(200)
                .body("items.id", containsInAnyOrder(ids));
    }

    @Test
    void shouldNeverFindAnItemWithAnExcludedWord() {
        Items items = Items.create();

        assertFinds(items.w() + " Dortmund -Pandemie", "de", items.dortmund());
        assertFinds(items.w() + " Leeds -pandemic", "en", items.leeds());
    }

    @Test
    void shouldNeverFindAnItemWithAnExcludedPhrase() {
        Items items = Items.create();

        assertFinds(items.w() + " -\"Pandemie in Dortmund\" -Leeds", "de", items.dortmund(), items.pandemieKoeln());
    }

    @Test
    void shouldFindEitherSideOfAnOrWithAnExclusion() {
        Items items = Items.create();

        // (w and Dortmund) or (w without Pandemie and Leeds): the other language's items excluded by name.
        assertFinds(items.w() + " Dortmund OR " + items.w() + " -Pandemie -Leeds", "de", items.pandemieDortmund(),
                items.dortmund());
        assertFinds(items.w() + " celebrates OR " + items.w() + " -pandemic -Dortmund -Köln", "en", items.leeds());
    }

    @Test
    void shouldFindPhrasesAndAlternatives() {
        Items items = Items.create();

        assertFinds(items.w() + " \"Pandemie in Köln\"", "de", items.pandemieKoeln());
        assertFinds(items.w() + " Köln OR " + items.w() + " feiert", "de", items.pandemieKoeln(), items.dortmund());
        assertFinds(items.w() + " \"pandemic in Leeds\" OR " + items.w() + " celebrates", "en", items.pandemicLeeds(),
                items.leeds());
    }
}
