package org.twintowns.events.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.twintowns.events.support.EventApi.PATH;
import static org.twintowns.events.support.EventApi.asAdmin;
import static org.twintowns.events.support.EventApi.create;
import static org.twintowns.events.support.EventApi.etag;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.uniqueDay;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twintowns.events.support.StubPartnerships;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.RequestExamplesCheck;
import org.twintowns.testing.TestTokens;

/**
 * The request examples of events-service's contract are requests it takes, sent as they stand by an
 * admin (or, to register, by anyone): accepted, or refused only for the municipalities and
 * partnerships they name, which partnerships-service (a stub here) does not know.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(StubPartnerships.class)
class RequestExamplesTest extends RequestExamplesCheck {

    private static final String UNKNOWN_REFERENCE = "https://twintowns.org/problems/unknown-reference";
    private static final String REFERENCE_FIELDS = "(organizers|participants|partnerships)\\[\\d+\\]";
    private static volatile boolean warm;

    /**
     * The first reference look-ups after start-up open the client's connections; on a busy machine
     * they can take longer than the 2 s the check waits (503), so a valid event is written first,
     * at most three times, until one is taken.
     */
    @BeforeEach
    void warmUpTheReferenceClient() {
        for (int attempt = 0; !warm && attempt < 3; attempt++) {
            warm = asAdmin().contentType(ContentType.JSON).body(event(uniqueDay())).post(PATH).statusCode() == 201;
        }
    }

    @Test
    void shouldRefuseTheCreateExampleOnlyForItsUnknownReferences() {
        assertProblem(asAdmin().contentType(ContentType.JSON).body(example("createEvent").toString()).post(PATH)
                .then(), 422)
                .body("type", equalTo(UNKNOWN_REFERENCE))
                .body("errors.field", everyItem(matchesPattern(REFERENCE_FIELDS)));
    }

    @Test
    void shouldRefuseTheUpdateExampleOnlyForItsUnknownReferences() {
        String id = create(event(uniqueDay()));
        assertProblem(asAdmin().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(example("updateEvent").toString()).put(PATH + "/" + id).then(), 422)
                .body("type", equalTo(UNKNOWN_REFERENCE))
                .body("errors.field", everyItem(matchesPattern(REFERENCE_FIELDS)));
    }

    @Test
    void shouldMoveAnEventOnlineWithTheStatusExample() {
        String id = create(event(uniqueDay()));
        JsonNode example = example("changeEventStatus");
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(id)).body(example.toString())
                .post(PATH + "/" + id + "/status")
                .then().statusCode(200)
                .body("status", equalTo(example.get("status").asText()));
    }

    @Test
    void shouldRegisterWithTheRegistrationExample() {
        Map<String, Object> body = event(uniqueDay());
        body.put("registration", Map.of("open", true, "capacity", 40));
        String id = create(body);
        given().contentType(ContentType.JSON).body(example("registerForEvent").toString())
                .post(PATH + "/" + id + "/registrations")
                .then().statusCode(201)
                .body("status", equalTo("CONFIRMED"));
    }

    @Test
    void shouldStartASeriesWithTheSeriesExample() {
        JsonNode example = example("createEventSeries");
        asAdmin().contentType(ContentType.JSON).body(example.toString()).post(PATH + "/series")
                .then().statusCode(201)
                .body("name.en", equalTo(example.get("name").get("en").asText()));
    }
}
