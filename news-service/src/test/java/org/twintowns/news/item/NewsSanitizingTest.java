package org.twintowns.news.item;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.create;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.marker;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
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
class NewsSanitizingTest {

    static final String HOSTILE_BODY = "<h2 onclick=\"steal()\">Partnerschaft</h2>"
            + "<p style=\"position:fixed\">Hallo <strong>Brovary</strong> &amp; <em>Jena</em>"
            + "<script>alert(document.cookie)</script></p>"
            + "<ul><li><a href=\"javascript:alert(1)\">klick</a></li>"
            + "<li><a href=\"https://www.jena.de/partnerstaedte\" onmouseover=\"x()\">Partnerstädte</a></li></ul>"
            + "<img src=x onerror=alert(1)><iframe src=\"https://evil.example\"></iframe>"
            + "<blockquote>Zitat</blockquote><a href=\"mailto:presse@jena.de\">Presse</a>";

    static String hostileItem(String headline) {
        return new JsonObject()
                .put("headline", headline)
                .put("lead", "<b>Fett</b> & \"zitiert\"")
                .put("body", HOSTILE_BODY)
                .put("language", "de")
                .put("issuerMunicipalityId", UUID.randomUUID().toString())
                .put("status", "PUBLISHED")
                .encode();
    }

    @Test
    void shouldKeepSimpleFormattingAndRemoveEverythingActive() {
        String id = createAsAdmin(hostileItem("Sicher " + marker()));
        String body = given().get(PATH + "/" + id).then().statusCode(200).extract().path("body");
        for (String kept : List.of("<h2>Partnerschaft</h2>", "<strong>Brovary</strong>", "<em>Jena</em>",
                "<blockquote>Zitat</blockquote>", "href=\"https://www.jena.de/partnerstaedte\"",
                "href=\"mailto:presse&#64;jena.de\"")) {
            org.hamcrest.MatcherAssert.assertThat(body, containsString(kept));
        }
        for (String removed : List.of("script", "onclick", "onmouseover", "onerror", "javascript:", "style",
                "iframe", "<img", "alert")) {
            org.hamcrest.MatcherAssert.assertThat(body, not(containsString(removed)));
        }
        // Plain text fields stay plain text: JSON carries them as they were written.
        given().get(PATH + "/" + id).then().body("lead", equalTo("<b>Fett</b> & \"zitiert\""));
    }

    @Test
    void shouldRejectBodyThatIsOnlyMarkupWithoutStoringIt() {
        String headline = "Leer " + marker();
        assertProblem(create(asAdmin(), new JsonObject().put("headline", headline)
                .put("body", "<script>alert(1)</script><img src=x onerror=alert(2)>").put("language", "de")
                .put("issuerName", "Stadt Jena").encode()).then(), 400)
                .body("errors.field", equalTo(List.of("body")));
        given().queryParam("q", headline).get(PATH).then().body("totalItems", equalTo(0));
        asAdmin().queryParam("status", "DRAFT").queryParam("q", headline).get(PATH).then().body("totalItems", equalTo(0));
    }
}
