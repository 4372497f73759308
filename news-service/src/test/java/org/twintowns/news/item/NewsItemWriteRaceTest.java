package org.twintowns.news.item;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.changeStatus;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.etagAsAdmin;
import static org.twintowns.news.NewsFixtures.item;
import static org.twintowns.news.NewsFixtures.marker;
import static org.twintowns.testing.ConditionalWriteRace.WRITERS;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.ConditionalWriteRace;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * Conditional writes of a news item sent at once with the same If-Match: one wins, the others get
 * 412, not a 409 about the item's own slug.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class NewsItemWriteRaceTest {

    @Test
    void shouldLetOneOfConcurrentReplacesWinAndKeepItsBody() throws Exception {
        UUID issuer = UUID.randomUUID();
        String m = marker();
        String id = createAsAdmin(item("Wettlauf " + m, issuer, ""));
        String etag = etagAsAdmin(id);

        int winner = ConditionalWriteRace.oneWins(WRITERS, i -> asAdmin().contentType(ContentType.JSON)
                .header("If-Match", etag).body(item("Wettlauf " + m + " Fassung " + i, issuer, ""))
                .put(PATH + "/" + id).then().extract());

        asAdmin().get(PATH + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("headline", equalTo("Wettlauf " + m + " Fassung " + winner));
        asAdmin().get(PATH + "/" + id + "/revisions").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void shouldLetOneOfConcurrentStatusChangesWinAndKeepItsTime() throws Exception {
        String id = createAsAdmin(item("Sperrfrist " + marker(), UUID.randomUUID(), ""));
        String etag = etagAsAdmin(id);
        OffsetDateTime base = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.SECONDS);

        int winner = ConditionalWriteRace.oneWins(WRITERS, i -> changeStatus(asAdmin(), id, etag,
                "{\"status\": \"SCHEDULED\", \"publishAt\": \"" + base.plusHours(i) + "\"}").then().extract());

        String publishAt = asAdmin().get(PATH + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("SCHEDULED"))
                .extract().path("publishAt");
        assertEquals(base.plusHours(winner).toInstant(), OffsetDateTime.parse(publishAt).toInstant());
    }
}
