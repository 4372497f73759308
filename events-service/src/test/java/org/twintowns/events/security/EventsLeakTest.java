package org.twintowns.events.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.twintowns.events.support.EventApi.PATH;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.events.support.EventApi;
import org.twintowns.events.support.Partners;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.authz.PublicReads;
import org.twintowns.testing.stub.ReferenceStub;

/** Registrants' personal data reach the event's organizers and admins only, never a public representation. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class EventsLeakTest {

    @Test
    void shouldShowRegistrantsNowhereInPublic() {
        String secret = "reg" + UUID.randomUUID().toString().substring(0, 8);
        String organizer = Partners.municipality();
        Map<String, Object> event = EventApi.event(EventApi.uniqueDay());
        event.put("organizers", List.of(organizer));
        event.put("registration", Map.of("open", true, "capacity", 1));
        String id = EventApi.create(event);
        // One confirmed and one waitlisted registrant, each with name, e-mail and organisation.
        for (String who : List.of("first", "second")) {
            given().contentType(ContentType.JSON).body(Map.of("name", "Olena " + who + secret,
                            "email", who + secret + "@example.org", "organisation", "Amt " + who + secret))
                    .post(PATH + "/" + id + "/registrations").then().statusCode(201);
        }

        String single = PATH + "/" + id;
        new PublicReads()
                .json(single)
                .as("text/calendar", single)
                .json(PATH + "?municipality=" + organizer)
                .as("text/calendar", PATH + "?municipality=" + organizer)
                .json(PATH + "?q=Summer")
                .json(PATH)
                .json(single + "/registrations")
                .assertNoneContains(secret);

        // Signed-in is not enough: editors of other municipalities see nothing either.
        given().auth().oauth2(TestTokens.editorOf(Partners.municipality())).get(single + "/registrations").then()
                .statusCode(403).body(not(containsString(secret)));
        given().auth().oauth2(TestTokens.editorOf(organizer)).get(single + "/registrations").then()
                .statusCode(200).body(containsString("first" + secret + "@example.org"))
                .header("Cache-Control", containsString("no-store"));
    }
}
