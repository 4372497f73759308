package org.twintowns.news.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.asEditorOf;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.item;
import static org.twintowns.news.NewsFixtures.marker;
import static org.twintowns.news.NewsFixtures.moveAsAdmin;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.authz.PublicReads;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * Drafts, embargoed and withdrawn items leave no trace in any public representation: not by id,
 * in JSON or ninjs, not in lists, counts, search or feeds, not in their revision history.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class NewsLeakTest {

    /** An item whose every text field carries the secret; answers its id. */
    private static String secretItem(String secret, UUID issuer, String topic, String status) {
        return createAsAdmin(item("Meldung " + secret, issuer, """
                "lead": "Vorab %1$s", "body": "<p>Nur intern %1$s</p>", "topics": ["%2$s"],
                "pressContact": {"name": "Presse %1$s", "email": "%1$s@presse.example.org"}%3$s"""
                .formatted(secret, topic, status == null ? "" : ", \"status\": \"" + status + "\"")));
    }

    /** A topic of its own; not the secret, since feeds rightly name the filter they were asked for. */
    private static String topic() {
        return "thema" + marker();
    }

    private static PublicReads everyPublicRead(String id, String secret, UUID issuer, String topic) {
        String item = PATH + "/" + id;
        return new PublicReads()
                .json(item)
                .as("application/ninjs+json", item)
                .json(item + "/revisions")
                .json(item + "/revisions/1")
                .counting(PATH + "?q=" + secret, "totalItems")
                .counting(PATH + "?issuer=" + issuer, "totalItems")
                .counting(PATH + "?topic=" + topic, "totalItems")
                .counting(PATH + "/search?q=" + secret, "totalItems")
                .counting(PATH + "/search?q=Meldung&issuer=" + issuer, "totalItems")
                .json(PATH)
                .as("application/rss+xml", PATH + "/feed.rss")
                .as("application/rss+xml", PATH + "/feed.rss?issuer=" + issuer)
                .as("application/atom+xml", PATH + "/feed.atom")
                .as("application/atom+xml", PATH + "/feed.atom?topic=" + topic);
    }

    @Test
    void shouldShowADraftNowhereInPublic() {
        String secret = "draft" + marker();
        UUID issuer = UUID.randomUUID();
        String topic = topic();
        String id = secretItem(secret, issuer, topic, null);
        everyPublicRead(id, secret, issuer, topic).assertNoneContains(secret);
    }

    @Test
    void shouldShowAnEmbargoedItemNowhereInPublicBeforeItsTime() {
        String secret = "embargo" + marker();
        UUID issuer = UUID.randomUUID();
        String topic = topic();
        String id = secretItem(secret, issuer, topic, null);
        moveAsAdmin(id, "{\"status\": \"SCHEDULED\", \"publishAt\": \"" + OffsetDateTime.now().plusDays(2) + "\"}");
        everyPublicRead(id, secret, issuer, topic).assertNoneContains(secret);
    }

    @Test
    void shouldShowAWithdrawnItemNowhereInPublic() {
        String secret = "withdrawn" + marker();
        UUID issuer = UUID.randomUUID();
        String topic = topic();
        String id = secretItem(secret, issuer, topic, "PUBLISHED");
        moveAsAdmin(id, "{\"status\": \"WITHDRAWN\"}");
        everyPublicRead(id, secret, issuer, topic).assertNoneContains(secret);
    }

    @Test
    void shouldNotShowADraftToEditorsOfOtherMunicipalities() {
        String secret = "other" + marker();
        UUID issuer = UUID.randomUUID();
        String topic = topic();
        String id = secretItem(secret, issuer, topic, null);
        asEditorOf(UUID.randomUUID()).get(PATH + "/" + id).then().statusCode(404);
        asEditorOf(UUID.randomUUID()).queryParam("status", "DRAFT")
                .queryParam("issuer", issuer).get(PATH).then().statusCode(200)
                .body(not(containsString(secret)));
    }
}
