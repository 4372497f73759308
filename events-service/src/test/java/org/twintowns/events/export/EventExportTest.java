package org.twintowns.events.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.events.support.EventApi.create;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.register;
import static org.twintowns.events.support.EventApi.status;
import static org.twintowns.events.support.EventApi.uniqueDay;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.export.Distribution;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * The events' bulk exports and one event's JSON-LD: schema.org's statuses and attendance modes, times with
 * the offset of the event's zone, never a registrant; read with Commons CSV and Groovy's JSON, not our writers.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class EventExportTest {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EventExports exports;

    private record Fixture(String hybrid, String cancelled, String online) {
    }

    private static Fixture made;

    private static synchronized Fixture fixture() {
        if (made == null) {
            LocalDate day = uniqueDay();
            Map<String, Object> hybrid = event(day);
            hybrid.put("title", Map.of("de", "Sommerschule " + TAG, "uk", "Літня школа " + TAG));
            hybrid.put("registration", Map.of("open", true));
            hybrid.put("venueCoordinates", Map.of("latitude", 50.9281, "longitude", 11.5888));
            hybrid.put("venueAddress", Map.of("streetAddress", "Markt 1", "postalCode", "07743",
                    "addressLocality", "Jena", "addressCountry", "DE"));
            String hybridId = create(hybrid);
            register(hybridId, "Anna Geheim" + TAG).then().statusCode(201);
            Map<String, Object> cancelled = event(day);
            cancelled.put("title", Map.of("en", "=Cancelled " + TAG));
            cancelled.put("attendanceMode", "IN_PERSON");
            cancelled.remove("joinUrl");
            String cancelledId = create(cancelled);
            status(cancelledId, "CANCELLED").then().statusCode(200);
            Map<String, Object> online = event(day);
            online.put("attendanceMode", "ONLINE");
            online.remove("venue");
            String onlineId = create(online);
            made = new Fixture(hybridId, cancelledId, onlineId);
        }
        return made;
    }

    @Test
    void shouldExportEventsAsCsvWithoutRegistrants() throws IOException {
        Fixture f = fixture();
        String text = given().get("/api/v1/exports/events.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Link", containsString("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\""))
                .extract().asString();
        assertFalse(text.contains("Geheim" + TAG), "registrants never exported");
        Map<String, CSVRecord> rows = csv(text);
        CSVRecord hybrid = rows.get(f.hybrid());
        assertEquals("Sommerschule " + TAG, hybrid.get("title"));
        assertEquals("uk: Літня школа " + TAG, hybrid.get("other_titles"));
        assertTrue(hybrid.get("starts_at").matches("\\d{4}-\\d\\d-\\d\\dT10:00:00\\+01:00|\\d{4}-\\d\\d-\\d\\dT11:00:00\\+02:00"),
                "in Berlin time: " + hybrid.get("starts_at"));
        assertEquals("50.9281", hybrid.get("venue_latitude"));
        assertEquals("11.5888", hybrid.get("venue_longitude"));
        assertEquals(List.of("Markt 1", "07743", "Jena", "DE"), List.of(hybrid.get("venue_street_address"),
                hybrid.get("venue_postal_code"), hybrid.get("venue_locality"), hybrid.get("venue_country")));
        assertEquals("", rows.get(f.cancelled()).get("venue_latitude"));
        assertEquals("'=Cancelled " + TAG, rows.get(f.cancelled()).get("title"));
        assertEquals("CANCELLED", rows.get(f.cancelled()).get("status"));
    }

    @Test
    void shouldExportEventsAsSchemaOrgEvents() {
        Fixture f = fixture();
        String body = given().get("/api/v1/exports/events.jsonld").then().statusCode(200)
                .contentType("application/ld+json").extract().asString();
        assertFalse(body.contains("Geheim" + TAG), "registrants never exported");
        JsonPath ld = new JsonPath(body);
        assertEquals("Dataset", ld.getString("'@graph'[0].'@type'"));
        Map<String, Object> hybrid = node(ld, f.hybrid());
        assertEquals("Event", hybrid.get("@type"));
        assertEquals("https://schema.org/EventScheduled", hybrid.get("eventStatus"));
        assertEquals("https://schema.org/MixedEventAttendanceMode", hybrid.get("eventAttendanceMode"));
        assertEquals(List.of("Place", "VirtualLocation"),
                ((List<?>) hybrid.get("location")).stream().map(l -> ((Map<?, ?>) l).get("@type")).toList());
        Map<?, ?> place = (Map<?, ?>) ((List<?>) hybrid.get("location")).get(0);
        assertEquals(Map.of("@type", "GeoCoordinates", "latitude", 50.9281f, "longitude", 11.5888f), place.get("geo"));
        assertEquals(Map.of("@type", "PostalAddress", "streetAddress", "Markt 1", "postalCode", "07743",
                "addressLocality", "Jena", "addressCountry", "DE"), place.get("address"));
        Map<String, Object> cancelled = node(ld, f.cancelled());
        assertEquals("https://schema.org/EventCancelled", cancelled.get("eventStatus"));
        assertEquals("https://schema.org/OfflineEventAttendanceMode", cancelled.get("eventAttendanceMode"));
        assertEquals("Place", ((Map<?, ?>) cancelled.get("location")).get("@type"));
        Map<String, Object> online = node(ld, f.online());
        assertEquals("https://schema.org/OnlineEventAttendanceMode", online.get("eventAttendanceMode"));
        assertEquals(Map.of("@type", "VirtualLocation", "url", "https://meet.example.org/summer-school"),
                online.get("location"));
    }

    @Test
    void shouldAnswerOneEventAsJsonLdWhenAskedAndAsJsonOtherwise() {
        Fixture f = fixture();
        JsonPath one = given().accept("application/ld+json").get("/api/v1/events/" + f.hybrid()).then()
                .statusCode(200).contentType("application/ld+json").extract().jsonPath();
        assertEquals("https://schema.org", one.getString("'@context'"));
        assertEquals("Event", one.getString("'@type'"));
        assertEquals(f.hybrid(), one.getString("identifier"));
        assertEquals(50.9281, one.getDouble("location[0].geo.latitude"), 1e-9);
        assertEquals("Jena", one.getString("location[0].address.addressLocality"));
        String etag = given().accept("application/ld+json").get("/api/v1/events/" + f.hybrid()).header("ETag");
        given().accept("application/ld+json").header("If-None-Match", etag).get("/api/v1/events/" + f.hybrid())
                .then().statusCode(304);
        given().get("/api/v1/events/" + f.hybrid()).then().statusCode(200).contentType("application/json");
        given().accept("*/*").get("/api/v1/events/" + f.hybrid()).then().statusCode(200)
                .contentType("application/json");
        given().accept("application/ld+json").get("/api/v1/events/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldReadTheEventsInBatches() throws IOException {
        fixture();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int batches = exports.events(Distribution.CSV, out, URI.create("http://localhost/"), 2);
        int rows = csv(out.toString(StandardCharsets.UTF_8)).size();
        assertTrue(rows >= 3);
        assertEquals(rows / 2 + 1, batches);
        assertNull(csv(out.toString(StandardCharsets.UTF_8)).get("id"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(JsonPath ld, String id) {
        return (Map<String, Object>) ld.getList("'@graph'", Map.class).stream()
                .filter(n -> id.equals(n.get("identifier"))).findFirst().orElseThrow();
    }

    private static Map<String, CSVRecord> csv(String text) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(text.startsWith("\uFEFF") ? 1 : 0)))) {
            Map<String, CSVRecord> byId = new LinkedHashMap<>();
            for (CSVRecord row : parser) {
                byId.put(row.get("id"), row);
            }
            return byId;
        }
    }
}
