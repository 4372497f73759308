package org.twintowns.partnerships.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
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

/**
 * A list's exact total is kept while the change feed's head stands still (api-commons Totals.followed): the next
 * reader of the list does not count it again, and a write through the service, which records a change, makes
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

    private static void total(String topic, int expected) {
        given().accept(ContentType.JSON).queryParam("topic", topic).queryParam("size", 1).get(PARTNERSHIPS)
                .then().statusCode(200).body("totalItems", equalTo(expected));
    }
}
