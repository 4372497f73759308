package org.twintowns.news.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.asEditorOf;
import static org.twintowns.news.NewsFixtures.create;
import static org.twintowns.news.NewsFixtures.item;
import static org.twintowns.news.NewsFixtures.marker;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.twintowns.news.media.MediaFixtures;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.RawHttp;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * Every absolute URL of news-service (Location, ninjs uri and image links, RSS and Atom links) names
 * the public base URL, whatever Host or forwarding headers a client sends: behind a shared cache a
 * client's Host would otherwise be handed to every reader of the feed. No public base URL is
 * configured in tests, so URLs name the address the connection reached.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class PublicUrlsTest {

    private static final String EVIL = "evil.example";

    /** A request that claims every host it can: 127.0.0.1 is a trusted proxy, so Quarkus would believe it. */
    private static RequestSpecification claimingEvil(RequestSpecification request) {
        return request.header("Host", EVIL).header("X-Forwarded-Host", EVIL).header("X-Forwarded-Proto", "https")
                .header("Forwarded", "host=" + EVIL + ";proto=https");
    }

    private static String base() {
        return "http://127.0.0.1:" + RestAssured.port + "/";
    }

    @Test
    void shouldNameThePublicBaseInEveryAbsoluteUrlWhateverHostTheClientSends() {
        String topic = "t" + marker();
        UUID issuer = UUID.randomUUID();
        String location = create(claimingEvil(asAdmin()), item("Öffentlich " + marker(), issuer,
                "\"status\": \"PUBLISHED\", \"topics\": [\"" + topic + "\"]"))
                .then().statusCode(201).extract().header("Location");
        assertThat(location, startsWith(base() + "api/v1/news/"));
        String id = location.substring(location.lastIndexOf('/') + 1);

        String mediaLocation = MediaFixtures.upload(claimingEvil(asEditorOf(issuer)), id,
                MediaFixtures.image("png", 4, 4), "bild.png", "image/png", null)
                .then().statusCode(201).extract().header("Location");
        assertThat(mediaLocation, startsWith(base() + "api/v1/news/" + id + "/media/"));

        String ninjs = claimingEvil(given()).accept("application/ninjs+json").get(PATH + "/" + id)
                .then().statusCode(200).body("uri", Matchers.equalTo(base() + "api/v1/news/" + id))
                .extract().asString();
        assertFalse(ninjs.contains(EVIL), ninjs);

        for (String feed : new String[] {"/feed.rss", "/feed.atom"}) {
            String xml = claimingEvil(given()).queryParam("topic", topic).get(PATH + feed)
                    .then().statusCode(200).extract().asString();
            assertFalse(xml.contains(EVIL), xml);
            assertThat(xml, Matchers.containsString(base() + "api/v1/news/" + id));
            assertThat(xml, Matchers.containsString(base() + "api/v1/news/" + id + "/media/"));
        }
    }

    @Test
    void shouldRefuseAFeedRequestWithABadHostInsteadOfFailing() throws IOException {
        for (String host : new String[] {":80", "x%41", "a b"}) {
            for (String feed : new String[] {"/feed.rss", "/feed.atom"}) {
                RawHttp.Answer answer = RawHttp.get(RestAssured.port, PATH + feed, host);
                assertEquals(400, answer.status(), host + " " + feed + ": " + answer.body());
                assertThat(answer.header("Content-Type"), startsWith("application/problem+json"));
                assertThat(answer.body(), not(Matchers.containsString("Exception")));
            }
        }
    }
}
