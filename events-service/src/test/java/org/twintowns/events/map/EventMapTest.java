package org.twintowns.events.map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.events.support.EventApi.PATH;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.register;
import static org.twintowns.events.support.EventApi.uniqueDay;
import static org.twintowns.events.support.EventApi.withRegistration;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.geo.RfcGeoJson;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * Issue 23: events on the map. The list answers RFC 7946 GeoJSON for application/geo+json, with the bbox,
 * properties and precision of the municipalities' map; an online event has no point. Every answer is read back
 * as generic JSON, not into the records that wrote it.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class EventMapTest {

    static final String GEO_JSON = "application/geo+json";
    /** Numbers as written: 9.4925 stays 9.4925, not a float's neighbour. */
    static final JsonPathConfig DECIMALS = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    /** Three events of one day: hybrid at Kassel's town hall, online, and in person at a venue without coordinates. */
    private record Day(LocalDate day, String placed, String online, String unplaced) {
        static Day create() {
            LocalDate day = uniqueDay();
            String placed = EventMapTest.create(EventVenueTest.placed(day));
            Map<String, Object> online = event(day);
            online.put("attendanceMode", "ONLINE");
            online.remove("venue");
            Map<String, Object> unplaced = event(day);
            unplaced.put("attendanceMode", "IN_PERSON");
            unplaced.remove("joinUrl");
            return new Day(day, placed, EventMapTest.create(online), EventMapTest.create(unplaced));
        }

        RequestSpecification map() {
            return given().accept(GEO_JSON).queryParam("from", day + "T00:00:00Z")
                    .queryParam("to", day.plusDays(1) + "T00:00:00Z");
        }
    }

    private static String create(Map<String, Object> body) {
        return org.twintowns.events.support.EventApi.create(body);
    }

    @Test
    void shouldMapEveryMatchingEventAsAFeatureWithItsVenueAsPoint() {
        Day day = Day.create();
        Response answer = day.map().get(PATH);
        answer.then().statusCode(200).contentType(startsWith(GEO_JSON));
        Map<String, Map<String, Object>> features = features(answer);
        assertEquals(java.util.Set.of(day.placed, day.online, day.unplaced), features.keySet());

        Map<String, Object> placed = features.get(day.placed);
        Map<?, ?> geometry = (Map<?, ?>) placed.get("geometry");
        assertEquals("Point", geometry.get("type"));
        // RFC 7946 3.1.1: longitude first.
        assertEquals(List.of(new BigDecimal("9.4925"), new BigDecimal("51.3128")), geometry.get("coordinates"));
        Map<?, ?> properties = (Map<?, ?>) placed.get("properties");
        assertEquals("HYBRID", properties.get("attendanceMode"));
        assertEquals("Kassel", ((Map<?, ?>) properties.get("venueAddress")).get("addressLocality"));
        // In the event's own time zone, as the JSON shows it.
        assertEquals(java.time.Instant.parse(day.day + "T09:00:00Z"),
                java.time.OffsetDateTime.parse((String) properties.get("startsAt")).toInstant());
        assertEquals("Europe/Berlin", properties.get("timeZone"));
        assertEquals("Summer school for administration staff", ((Map<?, ?>) properties.get("title")).get("en"));

        // RFC 7946 3.2: a feature without a place has geometry null, and the member is there.
        for (String id : List.of(day.online, day.unplaced)) {
            assertTrue(features.get(id).containsKey("geometry"), id);
            assertNull(features.get(id).get("geometry"), id);
        }
    }

    @Test
    void shouldShowTheSameEventsAsTheJsonListAndNoRegistrant() {
        Day day = Day.create();
        String withSeats = create(withRegistration(EventVenueTest.placed(day.day), 5));
        register(withSeats, "Olena Kovalenko").then().statusCode(201);
        List<String> listed = given().queryParam("from", day.day + "T00:00:00Z")
                .queryParam("to", day.day.plusDays(1) + "T00:00:00Z").get(PATH).then().statusCode(200)
                .extract().path("items.id");
        Response map = day.map().get(PATH);
        assertEquals(listed, List.copyOf(features(map).keySet()), "the map lists what the list lists, in its order");
        assertFalse(map.asString().contains("olena"), "a registrant on the map");
        assertFalse(map.asString().contains("Kovalenko"), "a registrant on the map");
    }

    @Test
    void shouldKeepToTheBoundingBoxAndLeaveOutWhatHasNoPlace() {
        Day day = Day.create();
        // Hesse around Kassel: the town hall is in it; the online and unplaced events have no point to be in it.
        assertEquals(List.of(day.placed), List.copyOf(features(day.map().queryParam("bbox", "9,51,10,52").get(PATH))
                .keySet()));
        // Edges included (RFC 7946 5).
        assertEquals(List.of(day.placed), List.copyOf(features(day.map().queryParam("bbox", "9.4925,51.3128,9.4925,51.3128")
                .get(PATH)).keySet()));
        assertEquals(List.of(), List.copyOf(features(day.map().queryParam("bbox", "11,50,12,51").get(PATH)).keySet()));
    }

    @Test
    void shouldRefuseABadBoundingBoxWithAProblemNamingIt() {
        Day day = Day.create();
        for (String bbox : List.of("9,51,10", "9,51,10,x", "10,51,9,52", "9,52,10,51", "9,-91,10,52", "-181,51,10,52")) {
            assertProblem(day.map().queryParam("bbox", bbox).get(PATH).then(), 400)
                    .body("errors[0].field", equalTo("bbox"));
        }
    }

    @Test
    void shouldMakeTheMapSmallerWithMinimalPropertiesAndLessPrecision() {
        Day day = Day.create();
        Map<String, Object> placed = features(day.map().queryParam("properties", "MINIMAL").queryParam("precision", 2)
                .get(PATH)).get(day.placed);
        assertEquals(List.of(new BigDecimal("9.49"), new BigDecimal("51.31")),
                ((Map<?, ?>) placed.get("geometry")).get("coordinates"));
        assertEquals(java.util.Set.of("title", "startsAt", "endsAt"), ((Map<?, ?>) placed.get("properties")).keySet());
        assertProblem(day.map().queryParam("precision", 8).get(PATH).then(), 400);
    }

    @Test
    void shouldCacheTheMapLikeTheOtherMaps() {
        Day day = Day.create();
        Response first = day.map().get(PATH);
        first.then().statusCode(200).header("Cache-Control", containsString("max-age=300"));
        day.map().header("If-None-Match", first.header("ETag")).get(PATH).then().statusCode(304);
    }

    /** The collection checked against RFC 7946 as generic JSON; its features by id, in order. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> features(Response answer) {
        answer.then().statusCode(200);
        Object document = new JsonPath(answer.asString()).using(DECIMALS).get("$");
        RfcGeoJson.positions(document);
        List<Map<String, Object>> features = (List<Map<String, Object>>) ((Map<String, Object>) document).get("features");
        return features.stream().collect(Collectors.toMap(f -> (String) f.get("id"), f -> f, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
