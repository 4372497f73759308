package org.twintowns.events.map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.events.support.EventApi.create;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.uniqueDay;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.twintowns.events.event.service.EventMaps;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sql.SqlStatements;
import org.twintowns.testing.stub.ReferenceStub;

/** Issue 23: every event as one streamed GeoJSON download, with its licence, the same features as the map. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class EventExportTest {

    private static final String EXPORT = "/api/v1/exports/events.geojson";

    @Inject
    DataSource database;

    @Test
    void shouldWriteEveryEventAsTheMapDoesWithTheLicenceOfTheData() {
        LocalDate day = uniqueDay();
        String placed = create(EventVenueTest.placed(day));
        Map<String, Object> onlineBody = event(day);
        onlineBody.put("attendanceMode", "ONLINE");
        onlineBody.remove("venue");
        String online = create(onlineBody);

        Response export = given().get(EXPORT);
        export.then().statusCode(200).contentType(startsWith(EventMapTest.GEO_JSON))
                .header("Content-Disposition", equalTo("attachment; filename=\"events.geojson\""))
                .header("Link", equalTo("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\""));
        Map<String, Map<String, Object>> features = EventMapTest.features(export);
        Map<String, Map<String, Object>> mapped = EventMapTest.features(given().accept(EventMapTest.GEO_JSON)
                .queryParam("from", day + "T00:00:00Z").queryParam("to", day.plusDays(1) + "T00:00:00Z")
                .get("/api/v1/events"));
        assertEquals(mapped.get(placed), features.get(placed), "the export's feature is the map's");
        assertEquals(mapped.get(online), features.get(online), "the export's feature is the map's");
        assertEquals(count(), features.size(), "every event, once");

        // RFC 7946 6.1: foreign members carry the terms of the data.
        JsonPath document = export.jsonPath();
        assertEquals("FeatureCollection", document.getString("type"));
        assertEquals(List.of("https://creativecommons.org/licenses/by/4.0/"), document.getList("license"));
        assertEquals("TwinTowns", document.getString("attribution"));
        assertEquals("CC-BY-4.0", document.getString("sources[0].licenseId"));
    }

    @Test
    void shouldRevalidateWithoutWritingTheFileAgain() {
        create(EventVenueTest.placed(uniqueDay()));
        Response first = given().get(EXPORT);
        String etag = first.then().statusCode(200).extract().header("ETag");
        Response again = given().header("If-None-Match", etag).get(EXPORT);
        again.then().statusCode(304).header("ETag", equalTo(etag));
        assertEquals(0, again.asByteArray().length);

        create(EventVenueTest.placed(uniqueDay()));
        given().header("If-None-Match", etag).get(EXPORT).then().statusCode(200);
    }

    @Test
    void shouldReadTheEventsInBatchesNeverOneByOne() throws SQLException {
        String tag = "export-" + UUID.randomUUID().toString().substring(0, 8);
        execute("""
                INSERT INTO event (id, title, kind, status, attendance_mode, starts_at, ends_at, time_zone, venue,
                                   venue_latitude, venue_longitude, created_at, updated_at, version)
                SELECT gen_random_uuid(), jsonb_build_object('en', '%s ' || g), 'WORKSHOP', 'SCHEDULED', 'IN_PERSON',
                       now() + g * interval '1 hour', now() + g * interval '1 hour' + interval '30 minutes',
                       'Europe/Berlin', 'Rathaus', 50 + g / 10000.0, 10, now(), now(), 0
                FROM generate_series(1, %d) g""".formatted(tag, 2 * EventMaps.EXPORT_BATCH + 100));
        try {
            long events = count();
            long[] features = new long[1];
            long statements = SqlStatements.fewest(() -> features[0] = EventMapTest.features(given().get(EXPORT)).size());
            assertEquals(events, features[0]);
            // One for the version, one per batch (the last one not full, maybe empty): never one per event.
            long batches = events / EventMaps.EXPORT_BATCH + 1;
            System.out.printf("events.geojson: %d events in %d statements%n", events, statements);
            assertEquals(batches + 1, statements, events + " events exported");
            assertTrue(batches >= 3);
        } finally {
            execute("DELETE FROM event WHERE title->>'en' LIKE '" + tag + " %'");
        }
    }

    private long count() {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT count(*) FROM event")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
