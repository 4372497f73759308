package org.twintowns.events.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.events.support.EventApi.PATH;
import static org.twintowns.events.support.EventApi.asAdmin;
import static org.twintowns.events.support.EventApi.create;
import static org.twintowns.events.support.EventApi.etag;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.register;
import static org.twintowns.events.support.EventApi.uniqueDay;
import static org.twintowns.events.support.EventApi.withRegistration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sql.SqlStatements;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * Issue 21: an event's reads go to PostgreSQL together. As an entity, a GET by id took nine statements one after
 * the other (the row with its series, each of its seven element collections loaded lazily, the registration
 * counts) and a page of events as many (a batch load per collection); read as rows, the collections and counts
 * travel in one statement of several (JdbcRows.Together), with the row's own for a GET by id.
 *
 * <p>Every collection is filled here, the sets with ids whose order as text and as Java's {@link UUID#compareTo}
 * (signed) differ, so that the one order every answer gives them is checked; and every read of the event, the
 * answer to a write, its GET by id and its list item, is the same JSON.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class EventReadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldReadEveryCollectionOfAnEventSentTogetherInOneStatement() throws IOException {
        LocalDate day = uniqueDay();
        // "1…" before "f…" as text and in PostgreSQL; after it by UUID.compareTo, which compares signed longs.
        String low = idStartingWith('1');
        String high = idStartingWith('f');
        String lowPartnership = idStartingWith('2');
        String highPartnership = idStartingWith('e');
        Map<String, Object> body = withRegistration(event(day), 10);
        body.put("description", Map.of("en", "Civic participation", "de", "Bürgerbeteiligung"));
        body.put("organizers", List.of(high, low));
        body.put("participants", List.of(high, low));
        body.put("partnerships", List.of(highPartnership, lowPartnership));
        body.put("topics", List.of("water", "culture"));
        body.put("venueCoordinates", Map.of("latitude", 51.3128, "longitude", 9.4925));
        body.put("venueAddress", Map.of("streetAddress", "Obere Königsstraße 8", "postalCode", "34117",
                "addressLocality", "Kassel", "addressCountry", "DE"));
        body.put("seriesId", series());
        body.put("sessions", List.of(
                Map.of("title", Map.of("en", "Opening"), "startsAt", day + "T09:00:00Z", "endsAt", day + "T10:00:00Z",
                        "speakers", List.of("Dr. Anna Schmidt", "Mykola Petrenko")),
                Map.of("title", Map.of("en", "Workshops"), "startsAt", day + "T10:30:00Z", "endsAt", day + "T12:00:00Z",
                        "speakers", List.of())));
        String id = create(body);
        register(id, "Olena Kovalenko").then().statusCode(201);
        register(id, "Jan Novak").then().statusCode(201);
        String written = asAdmin().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("status", "POSTPONED", "reason", "Flooding"))
                .post(PATH + "/" + id + "/status").then().statusCode(200).extract().asString();

        long statements = SqlStatements.fewest(() -> given().get(PATH + "/" + id).then().statusCode(200)
                .body("organizers", contains(low, high))
                .body("participants", contains(low, high))
                .body("partnerships", contains(lowPartnership, highPartnership))
                .body("topics", contains("culture", "water"))
                .body("sessions.title.en", contains("Opening", "Workshops"))
                .body("sessions[0].speakers", contains("Dr. Anna Schmidt", "Mykola Petrenko"))
                .body("statusHistory.status", contains("SCHEDULED", "POSTPONED"))
                .body("statusHistory[1].reason", equalTo("Flooding"))
                .body("series.name.en", equalTo("Summer schools"))
                .body("description.de", equalTo("Bürgerbeteiligung"))
                .body("venueAddress.addressLocality", equalTo("Kassel"))
                .body("registration.confirmed", equalTo(2))
                .body("registration.seatsLeft", equalTo(8)));
        assertEquals(1, statements, "an event's GET by id took " + statements + " statements");

        JsonNode byId = JSON.readTree(given().get(PATH + "/" + id).asString());
        assertEquals(JSON.readTree(written), byId, "the answer to the write and the GET by id differ");
        String window = "?from=" + day + "T00:00:00Z&to=" + day.plusDays(1) + "T00:00:00Z";
        long listed = SqlStatements.fewest(() -> given().get(PATH + window).then().statusCode(200)
                .body("items.id", contains(id)));
        // The page, then its collections and counts together; a page shorter than its size is its own count.
        assertEquals(2, listed, "a page of events took " + listed + " statements");
        assertEquals(byId, JSON.readTree(given().get(PATH + window).asString()).get("items").get(0),
                "the list item and the GET by id differ");
    }

    private static String idStartingWith(char first) {
        return first + UUID.randomUUID().toString().substring(1);
    }

    private static String series() {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("name", Map.of("en", "Summer schools")))
                .post(PATH + "/series").then().statusCode(201).extract().path("id");
    }
}
