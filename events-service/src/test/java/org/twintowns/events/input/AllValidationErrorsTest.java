package org.twintowns.events.input;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.twintowns.events.support.EventApi.PATH;
import static org.twintowns.events.support.EventApi.asAdmin;
import static org.twintowns.events.support.EventApi.create;
import static org.twintowns.events.support.EventApi.etag;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.uniqueDay;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/** A body with several bad fields, of constraints and of rules, is answered with every one of them. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class AllValidationErrorsTest {

    /** No title (constraint), a fixed offset as time zone, a plain http join URL, a session after the event (rules). */
    private static Map<String, Object> badEvent(LocalDate day) {
        Map<String, Object> body = event(day);
        body.put("title", Map.of());
        body.put("timeZone", "+02:00");
        body.put("joinUrl", "http://meet.example.org/summer-school");
        body.put("sessions", List.of(Map.of("title", Map.of("en", "Late"),
                "startsAt", day.plusDays(1) + "T09:00:00Z", "endsAt", day.plusDays(1) + "T10:00:00Z")));
        return body;
    }

    @Test
    void shouldNameEveryBadFieldOfANewEvent() {
        assertProblem(asAdmin().contentType(ContentType.JSON).body(badEvent(uniqueDay())).post(PATH).then(), 400)
                .body("type", equalTo("https://twintowns.org/problems/validation-failed"))
                .body("errors.field", containsInAnyOrder("title", "timeZone", "joinUrl", "sessions[0]"));
    }

    @Test
    void shouldNameEveryBadFieldOfAReplacedEvent() {
        LocalDate day = uniqueDay();
        String id = create(event(day));
        assertProblem(asAdmin().contentType(ContentType.JSON).header("If-Match", etag(id)).body(badEvent(day))
                .put(PATH + "/" + id).then(), 400)
                .body("errors.field", containsInAnyOrder("title", "timeZone", "joinUrl", "sessions[0]"));
    }
}
