package org.twintowns.partnerships.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.partnerships.partnership.PartnershipApi.MUNICIPALITIES;
import static org.twintowns.partnerships.partnership.PartnershipApi.PARTNERSHIPS;
import static org.twintowns.partnerships.partnership.PartnershipApi.municipality;
import static org.twintowns.partnerships.partnership.PartnershipApi.partnership;
import static org.twintowns.partnerships.partnership.PartnershipApi.uniqueTopic;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sql.SqlStatements;

/**
 * A list's exact total is kept while the change feed's head stands still (api-commons Totals.followed): the next
 * reader of the list does not count it again (nor read the head in a statement of its own: its page's statement
 * reads it), and a write through the service, which records a change, makes
 * the next reader count afresh. A change made in SQL behind the service's back records none: its total is the
 * kept one until the next change, or for a minute at most (twintowns.paging.total-ttl).
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class KeptTotalsTest {

    @Inject
    DataSource database;

    @Test
    void shouldKeepATotalUntilAWriteRecordsAChange() throws SQLException {
        String topic = uniqueTopic();
        String jena = municipality("Jena", "DE", "DE-TH");
        String first = partnership("FRIENDSHIP", "\"topics\": [\"" + topic + "\"]", jena, municipality("Lviv", "UA", null));
        partnership("FRIENDSHIP", "\"topics\": [\"" + topic + "\"]", jena, municipality("Lyon", "FR", null));
        // A page of one of two: the total is counted, not read off a short page.
        total(topic, 2);

        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM partnership_topic WHERE partnership_id = ? AND topic = ?")) {
            s.setObject(1, UUID.fromString(first));
            s.setString(2, topic);
            s.executeUpdate();
        }
        // Behind the service's back: nothing recorded, so the kept total is answered, not counted again.
        total(topic, 2);

        partnership("FRIENDSHIP", "\"topics\": [\"" + topic + "\"]", jena, municipality("Kassel", "DE", "DE-HE"));
        partnership("FRIENDSHIP", "\"topics\": [\"" + topic + "\"]", jena, municipality("Opole", "PL", null));
        // Writes of the service moved the feed's head: counted afresh, the change in SQL included (1 + 2).
        total(topic, 3);
    }

    /**
     * Once a list's total is kept, its page's own statement reads the change feed's head to confirm it: a page of
     * two partnerships then takes the statements of reading one of them by id (the row with its collections and its
     * participants' names) and one more, none for the total: a page knows its ids only once its rows are read, so
     * its collections follow in a statement of their own, where a GET by id sends them with the row. (A list of so
     * few is read gathered whatever the registry's size, which the choice then does not read either:
     * PartnershipRepository.find.)
     */
    @Test
    void shouldConfirmAKeptTotalInThePagesOwnStatement() {
        String topic = uniqueTopic();
        String jena = municipality("Jena", "DE", "DE-TH");
        String first = partnership("FRIENDSHIP", "\"topics\": [\"" + topic + "\"]", jena, municipality("Lviv", "UA", null));
        partnership("FRIENDSHIP", "\"topics\": [\"" + topic + "\"]", jena, municipality("Lyon", "FR", null));
        total(topic, 2);

        long byId = SqlStatements.fewest(() -> given().accept(ContentType.JSON).get(PARTNERSHIPS + "/" + first)
                .then().statusCode(200));
        long page = SqlStatements.fewest(() -> given().accept(ContentType.JSON).queryParam("topic", topic)
                .queryParam("size", 20).get(PARTNERSHIPS).then().statusCode(200).body("totalItems", equalTo(2)));
        assertEquals(byId + 1, page, "a page of one with its total kept takes " + page + " statements, reading the "
                + "same partnership by id " + byId);

        // A change moves the head: the next page's statement sees it, and the total is counted again.
        partnership("FRIENDSHIP", "\"topics\": [\"" + topic + "\"]", jena, municipality("Kassel", "DE", "DE-HE"));
        total(topic, 3);
    }

    /** The same for the municipalities' list: a page of one with its total kept takes what a GET by id takes. */
    @Test
    void shouldConfirmAKeptMunicipalityTotalInThePagesOwnStatement() {
        String jena = municipality("Jena", "DE", "DE-TH");
        String weimar = municipality("Weimar", "DE", "DE-TH");
        Runnable page = () -> given().accept(ContentType.JSON).queryParam("id", jena, weimar).queryParam("size", 1)
                .get(MUNICIPALITIES).then().statusCode(200).body("totalItems", equalTo(2))
                .body("items[0].id", equalTo(jena));
        page.run();

        long byId = SqlStatements.fewest(() -> given().accept(ContentType.JSON).get(MUNICIPALITIES + "/" + jena)
                .then().statusCode(200));
        long kept = SqlStatements.fewest(page);
        assertEquals(byId, kept, "a page of one municipality with its total kept takes " + kept
                + " statements, reading the same municipality by id " + byId);
    }

    /**
     * And for a name search, ranked: a page of one of two with its total kept takes the statements of a page that
     * holds both, whose total is its own length and needs no count.
     */
    @Test
    void shouldConfirmAKeptTotalOfANameSearchInTheRankingsOwnStatement() {
        // Letters only (a digit ends a name's search key word): the suffix's hex digits as letters.
        StringBuilder letters = new StringBuilder("Qz");
        PartnershipApi.suffix().chars().forEach(c -> letters.append((char) (Character.isDigit(c) ? 'g' + c - '0' : c)));
        String name = letters.toString();
        municipality(name + " Nord", "DE", "DE-TH");
        municipality(name + " Süd", "DE", "DE-TH");
        Runnable kept = () -> given().accept(ContentType.JSON).queryParam("q", name).queryParam("size", 1)
                .get(MUNICIPALITIES).then().statusCode(200).body("totalItems", equalTo(2));
        Runnable whole = () -> given().accept(ContentType.JSON).queryParam("q", name).queryParam("size", 5)
                .get(MUNICIPALITIES).then().statusCode(200).body("totalItems", equalTo(2));
        kept.run();

        long short_ = SqlStatements.fewest(whole);
        long confirmed = SqlStatements.fewest(kept);
        assertEquals(short_, confirmed, "a page of one of a name search with its total kept takes " + confirmed
                + " statements, a page of both " + short_);
    }

    private static void total(String topic, int expected) {
        given().accept(ContentType.JSON).queryParam("topic", topic).queryParam("size", 1).get(PARTNERSHIPS)
                .then().statusCode(200).body("totalItems", equalTo(expected));
    }
}
