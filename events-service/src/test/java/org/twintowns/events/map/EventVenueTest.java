package org.twintowns.events.map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.events.support.EventApi.PATH;
import static org.twintowns.events.support.EventApi.asAdmin;
import static org.twintowns.events.support.EventApi.create;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.put;
import static org.twintowns.events.support.EventApi.snapshot;
import static org.twintowns.events.support.EventApi.status;
import static org.twintowns.events.support.EventApi.uniqueDay;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/** Issue 23: a venue's coordinates and postal address, checked, kept, replaced, and in the calendar as GEO. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class EventVenueTest {

    static final Map<String, Object> KASSEL_TOWN_HALL = Map.of("latitude", 51.3128, "longitude", 9.4925);

    static Map<String, Object> kasselAddress() {
        return Map.of("streetAddress", "Obere Königsstraße 8", "postalCode", "34117", "addressLocality", "Kassel",
                "addressCountry", "DE");
    }

    /** The hybrid summer school of EventApi with its venue's coordinates and address. */
    static Map<String, Object> placed(java.time.LocalDate day) {
        Map<String, Object> body = event(day);
        body.put("venueCoordinates", KASSEL_TOWN_HALL);
        body.put("venueAddress", kasselAddress());
        return body;
    }

    @Test
    void shouldKeepTheVenuesCoordinatesAndAddress() {
        String id = create(placed(uniqueDay()));
        given().get(PATH + "/" + id).then().statusCode(200)
                .body("venueCoordinates.latitude", equalTo(51.3128f))
                .body("venueCoordinates.longitude", equalTo(9.4925f))
                .body("venueAddress.streetAddress", equalTo("Obere Königsstraße 8"))
                .body("venueAddress.postalCode", equalTo("34117"))
                .body("venueAddress.addressLocality", equalTo("Kassel"))
                .body("venueAddress.addressCountry", equalTo("DE"));
    }

    @Test
    void shouldStillTakeAVenueAloneAndClearThePlaceOnReplacement() {
        java.time.LocalDate day = uniqueDay();
        String plain = create(event(day));
        given().get(PATH + "/" + plain).then().statusCode(200)
                .body("venue", equalTo("Rathaus Kassel, Obere Königsstraße 8, 34117 Kassel"))
                .body("venueCoordinates", nullValue()).body("venueAddress", nullValue());

        // PUT replaces every field: what it leaves out is gone, as with venue itself.
        String placed = create(placed(day));
        put(placed, event(day)).then().statusCode(200)
                .body("venueCoordinates", nullValue()).body("venueAddress", nullValue());
    }

    @Test
    void shouldNameEveryBadFieldOfTheVenuesPlace() {
        Map<String, Object> coordinates = new HashMap<>();
        coordinates.put("latitude", 90.5);
        coordinates.put("longitude", null);
        Map<String, Object> body = event(uniqueDay());
        body.put("venueCoordinates", coordinates);
        body.put("venueAddress", Map.of("postalCode", "34117; DROP", "addressLocality", " ", "addressCountry", "XX",
                "streetAddress", "x".repeat(201)));
        assertProblem(asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then(), 400)
                .body("type", equalTo("https://twintowns.org/problems/validation-failed"))
                .body("errors.field", containsInAnyOrder("venueCoordinates.latitude", "venueCoordinates.longitude",
                        "venueAddress.streetAddress", "venueAddress.postalCode", "venueAddress.addressLocality",
                        "venueAddress.addressCountry"));

        body.put("venueCoordinates", Map.of("latitude", 50.0, "longitude", 180.5));
        body.put("venueAddress", Map.of("addressLocality", "Kassel", "addressCountry", "de"));
        assertProblem(asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then(), 400)
                .body("errors.field", containsInAnyOrder("venueCoordinates.longitude", "venueAddress.addressCountry"));
    }

    @Test
    void shouldRefuseAPlaceWithoutAVenueAndChangeNothing() {
        java.time.LocalDate day = uniqueDay();
        String id = create(placed(day));
        String before = snapshot(id);
        Map<String, Object> online = placed(day);
        online.put("attendanceMode", "ONLINE");
        online.remove("venue");
        assertProblem(asAdmin().contentType(ContentType.JSON).header("If-Match", given().get(PATH + "/" + id)
                .header("ETag")).body(online).put(PATH + "/" + id).then(), 400)
                .body("errors.field", containsInAnyOrder("venueCoordinates", "venueAddress"));
        assertEquals(before, snapshot(id));
    }

    @Test
    void shouldPutTheVenueIntoTheCalendarAsGeoWhilePeopleCanCome() {
        String id = create(placed(uniqueDay()));
        String calendar = given().accept("text/calendar").get(PATH + "/" + id).then().statusCode(200)
                .extract().asString();
        // RFC 5545 3.8.1.6: latitude;longitude.
        assertTrue(calendar.contains("\r\nGEO:51.3128;9.4925\r\n"), calendar);

        status(id, "MOVED_ONLINE").then().statusCode(200);
        String online = given().accept("text/calendar").get(PATH + "/" + id).then().statusCode(200)
                .extract().asString();
        assertFalse(online.contains("\r\nGEO:"), "an event moved online sends no one to its venue: " + online);
        given().get(PATH + "/" + id).then().body("venueCoordinates.latitude", equalTo(51.3128f));
    }
}
