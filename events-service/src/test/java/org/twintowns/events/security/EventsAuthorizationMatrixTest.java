package org.twintowns.events.security;

import static io.restassured.RestAssured.given;
import static org.twintowns.events.support.EventApi.PATH;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.twintowns.events.support.EventApi;
import org.twintowns.events.support.Partners;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.authz.AuthorizationMatrix;
import org.twintowns.testing.authz.AuthorizationMatrixSuite;
import org.twintowns.testing.authz.WriteTarget;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * Who may write what in the event calendar, straight at the service: events belong to their
 * organizers (before and after a change), series to no municipality (any editor), registering is
 * public, and cancelling someone's registration without their token is for the organizers.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class EventsAuthorizationMatrixTest extends AuthorizationMatrixSuite {

    static final AuthorizationMatrix MATRIX = new AuthorizationMatrix()
            .owner("POST /api/v1/events", () -> {
                String organizer = Partners.municipality();
                return WriteTarget.post(PATH).body(event(organizer)).ownedBy(organizer)
                        .state(() -> count(PATH + "?municipality=" + organizer));
            })
            .owner("PUT /api/v1/events/{id}", () -> {
                String organizer = Partners.municipality();
                String other = Partners.municipality();
                String id = EventApi.create(event(organizer));
                Map<String, Object> changed = event(organizer);
                changed.put("venue", "Rathaus Jena, Markt 1, 07743 Jena");
                Map<String, Object> handedOver = event(other);
                return WriteTarget.put(PATH + "/" + id).header("If-Match", EventApi.etag(id)).body(changed)
                        .ownedBy(organizer).escapingWith(handedOver).state(() -> snapshot(id));
            })
            .owner("POST /api/v1/events/{id}/status", () -> {
                String organizer = Partners.municipality();
                String id = EventApi.create(event(organizer));
                return WriteTarget.post(PATH + "/" + id + "/status").header("If-Match", EventApi.etag(id))
                        .body(Map.of("status", "POSTPONED", "reason", "Travel restrictions")).ownedBy(organizer)
                        .state(() -> snapshot(id));
            })
            .editor("POST /api/v1/events/series", () -> WriteTarget.post(PATH + "/series")
                    .body(Map.of("name", Map.of("en", "Summer school " + UUID.randomUUID())))
                    .state(() -> count(PATH + "/series")))
            // Anyone may register: that is what the registration form is for.
            .open("POST /api/v1/events/{eventId}/registrations", () -> {
                String organizer = Partners.municipality();
                String id = EventApi.create(withRegistration(event(organizer)));
                return WriteTarget.post(PATH + "/" + id + "/registrations")
                        .body(Map.of("name", "Olena Kovalenko", "email", "olena@example.org"))
                        .state(() -> registrations(id, organizer));
            })
            // Without the registrant's Cancellation-Token (see RegistrationTest), only organizers may cancel.
            .owner("DELETE /api/v1/events/{eventId}/registrations/{registrationId}", () -> {
                String organizer = Partners.municipality();
                String id = EventApi.create(withRegistration(event(organizer)));
                String registration = given().contentType(ContentType.JSON)
                        .body(Map.of("name", "Max Muster", "email", "max@example.org"))
                        .post(PATH + "/" + id + "/registrations").then().statusCode(201).extract().path("id");
                return WriteTarget.delete(PATH + "/" + id + "/registrations/" + registration).ownedBy(organizer)
                        .state(() -> registrations(id, organizer));
            });

    @Override
    protected AuthorizationMatrix matrix() {
        return MATRIX;
    }

    private static Map<String, Object> event(String organizer) {
        Map<String, Object> body = EventApi.event(EventApi.uniqueDay());
        body.put("organizers", List.of(organizer));
        return body;
    }

    private static Map<String, Object> withRegistration(Map<String, Object> event) {
        event.put("registration", Map.of("open", true, "capacity", 10));
        return event;
    }

    private static String snapshot(String id) {
        return EventApi.etag(id) + " " + EventApi.snapshot(id);
    }

    private static String count(String query) {
        return given().get(query).then().statusCode(200).extract().path("totalItems").toString();
    }

    private static String registrations(String eventId, String organizer) {
        return given().auth().oauth2(TestTokens.editorOf(organizer)).get(PATH + "/" + eventId + "/registrations")
                .then().statusCode(200).extract().path("status").toString();
    }
}
