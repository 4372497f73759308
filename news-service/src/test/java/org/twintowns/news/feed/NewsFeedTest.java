package org.twintowns.news.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.marker;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.news.item.NewsSanitizingTestAccess;
import org.twintowns.testing.ListEndpointSuite;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sql.SqlStatements;
import org.twintowns.testing.stub.ReferenceStub;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class NewsFeedTest {

    private static String item(String headline, String topic, String status) {
        JsonObject json = new JsonObject().put("headline", headline).put("lead", "Vorspann <i>&</i> mehr")
                .put("body", NewsSanitizingTestAccess.HOSTILE_BODY).put("language", "de")
                .put("issuerMunicipalityId", UUID.randomUUID().toString()).put("issuerName", "Stadt Jena")
                .put("pressContact", new JsonObject().put("name", "Pressestelle").put("email", "presse@jena.de"))
                .put("topics", new JsonArray().add(topic));
        return (status == null ? json : json.put("status", status)).encode();
    }

    private static SyndFeed parse(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }

    @Test
    void shouldWriteAFeedOfOneOrManyItemsInTheSameFewStatements() {
        String one = "t" + marker();
        String several = "t" + marker();
        createAsAdmin(item("Eins", one, "PUBLISHED"));
        for (int i = 0; i < 3; i++) {
            createAsAdmin(item("Mehrere " + i, several, "PUBLISHED"));
        }
        for (String feed : List.of("/feed.rss", "/feed.atom")) {
            SqlStatements.assertSameFew("the news " + feed, ListEndpointSuite.MAX_LIST_STATEMENTS,
                    () -> assertEquals(1, entries(feed, one)), () -> assertEquals(3, entries(feed, several)));
        }
    }

    private static int entries(String feed, String topic) {
        String xml = given().queryParam("topic", topic).get(PATH + feed).then().statusCode(200).extract().asString();
        try {
            return parse(xml).getEntries().size();
        } catch (Exception e) {
            throw new AssertionError("not a feed: " + xml, e);
        }
    }

    @Test
    void shouldServeValidRssWithPublicItemsOfTheFilterOnly() throws Exception {
        String topic = "t" + marker();
        String id = createAsAdmin(item("Jena & Brovary <script>x()</script>", topic, "PUBLISHED"));
        createAsAdmin(item("Entwurf", topic, null));
        createAsAdmin(item("Anderes Thema", "t" + marker(), "PUBLISHED"));

        String xml = given().queryParam("topic", topic).get(PATH + "/feed.rss")
                .then().statusCode(200).contentType(startsWith("application/rss+xml")).extract().asString();
        SyndFeed feed = parse(xml);
        assertEquals("rss_2.0", feed.getFeedType());
        assertNotNull(feed.getTitle());
        assertNotNull(feed.getLink());
        assertNotNull(feed.getDescription());
        assertEquals(1, feed.getEntries().size());
        SyndEntry entry = feed.getEntries().get(0);
        // Escaped for readers that render RSS titles as HTML.
        assertEquals("Jena &amp; Brovary &lt;script&gt;x()&lt;/script&gt;", entry.getTitle());
        assertThat(entry.getLink(), containsString(PATH + "/" + id));
        assertNotNull(entry.getPublishedDate());
        String description = entry.getDescription().getValue();
        assertThat(description, containsString("<strong>Brovary</strong>"));
        assertThat(description, containsString("Vorspann &lt;i&gt;&amp;&lt;/i&gt; mehr"));
        assertThat(description, containsString("Pressekontakt: Pressestelle, presse@jena.de"));
        for (String hostile : List.of("<script", "onclick", "javascript:", "onerror", "<iframe")) {
            assertThat(description, not(containsString(hostile)));
        }
        assertEquals(List.of(topic), entry.getCategories().stream().map(c -> c.getName()).toList());
    }

    @Test
    void shouldServeValidAtom() throws Exception {
        String topic = "t" + marker();
        String id = createAsAdmin(item("Kassel und Nowy Urengoi", topic, "PUBLISHED"));
        String xml = given().queryParam("topic", topic).get(PATH + "/feed.atom")
                .then().statusCode(200).contentType(startsWith("application/atom+xml")).extract().asString();
        SyndFeed feed = parse(xml);
        assertEquals("atom_1.0", feed.getFeedType());
        assertNotNull(feed.getUri());
        assertNotNull(feed.getTitle());
        assertNotNull(feed.getPublishedDate());
        SyndEntry entry = feed.getEntries().get(0);
        assertEquals("urn:uuid:" + id, entry.getUri());
        assertEquals("Kassel und Nowy Urengoi", entry.getTitle());
        assertNotNull(entry.getUpdatedDate());
        assertProblem(given().queryParam("partnership", "kaputt").get(PATH + "/feed.atom").then(), 400);
    }

    @Test
    void shouldServeNinjsForPublicItemsAndWithheldOnlyToEditors() {
        String topic = "t" + marker();
        String id = createAsAdmin(item("Leipzig lädt ein", topic, "PUBLISHED"));
        given().accept("application/ninjs+json").get(PATH + "/" + id)
                .then().statusCode(200)
                .contentType(startsWith("application/ninjs+json"))
                .body("uri", containsString(PATH + "/" + id))
                .body("type", equalTo("text"))
                .body("version", equalTo("0"))
                .body("pubstatus", equalTo("usable"))
                .body("headlines[0].role", equalTo("main"))
                .body("headlines[0].value", equalTo("Leipzig lädt ein"))
                .body("descriptions[0].value", equalTo("Vorspann <i>&</i> mehr"))
                .body("language", equalTo("de"))
                .body("subjects[0].name", equalTo(topic))
                .body("by", equalTo("Stadt Jena"))
                .body("copyrightholder", equalTo("Stadt Jena"))
                .body("bodies[0].contenttype", equalTo("text/html"))
                .body("bodies[0].value", containsString("<strong>Brovary</strong>"))
                .body("bodies[0].value", not(containsString("<script")))
                .body("standard.name", equalTo("ninjs"))
                .body("standard.version", equalTo("2.1"))
                .body("firstcreated", org.hamcrest.Matchers.notNullValue())
                .body("versioncreated", org.hamcrest.Matchers.notNullValue())
                // The 1.x names are gone.
                .body("headline", org.hamcrest.Matchers.nullValue())
                .body("body_html", org.hamcrest.Matchers.nullValue());

        String draft = createAsAdmin(item("Noch geheim", topic, null));
        assertProblem(given().accept("application/ninjs+json").get(PATH + "/" + draft).then(), 404);
        asAdmin().accept("application/ninjs+json").get(PATH + "/" + draft)
                .then().statusCode(200).body("pubstatus", equalTo("withheld"));
        String scheduled = createAsAdmin(item("Unter Sperrfrist", topic, null));
        org.twintowns.news.NewsFixtures.moveAsAdmin(scheduled,
                "{\"status\": \"SCHEDULED\", \"publishAt\": \"2099-12-01T09:00:00+01:00\"}");
        asAdmin().accept("application/ninjs+json").get(PATH + "/" + scheduled)
                .then().statusCode(200).body("pubstatus", equalTo("withheld"))
                .body("embargoed", startsWith("2099-12-01T08:00"));
    }

    @Test
    void shouldRefuseDatesBeyondWhatTheDatabaseStoresWith400NotAServerError() {
        // Found by ContractFuzzIT: OffsetDateTime reads the year 999999999, PostgreSQL stores up to 294276.
        String far = "+999999999-12-31T23:59:59.999999999Z";
        for (String path : List.of("/feed.rss", "/feed.atom", "", "/search")) {
            assertProblem(given().queryParam("to", far).queryParam("q", "x").get(PATH + path)
                    .then().statusCode(400), 400);
        }
    }
}
