package org.twintowns.events.event;

import static org.twintowns.events.support.EventApi.asAdmin;
import static org.twintowns.events.support.EventApi.create;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.uniqueDay;
import static org.twintowns.events.support.EventApi.withRegistration;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.twintowns.testing.ListEndpointSuite.SyncFixture;
import org.twintowns.testing.sync.Touch;

/** The lists of events-service, each with three new items, for the sync properties of ListEndpointSuite. */
final class SyncFixtures {

    private SyncFixtures() {
    }

    static SyncFixture of(String operationId, DataSource database) {
        return switch (operationId) {
            case "listEvents" -> {
                // Each in a series of its own and open for registration: a page shows all it names.
                for (int i = 0; i < 3; i++) {
                    Map<String, Object> body = withRegistration(event(uniqueDay()), 10);
                    body.put("seriesId", series());
                    create(body);
                }
                yield SyncFixture.of("/api/v1/events", Touch.row(database, "event", "id", true));
            }
            case "listEventSeries" -> {
                for (int i = 0; i < 3; i++) {
                    series();
                }
                yield SyncFixture.of("/api/v1/events/series", Touch.row(database, "event_series", "id", true));
            }
            default -> throw new AssertionError("No sync fixture for the list " + operationId);
        };
    }

    private static String series() {
        return asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", Map.of("en", "Sync series " + UUID.randomUUID())))
                .post("/api/v1/events/series")
                .then().statusCode(201)
                .extract().path("id");
    }
}
