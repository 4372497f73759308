package org.twintowns.events.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.twintowns.events.support.EventApi.PATH;
import static org.twintowns.events.support.EventApi.asAdmin;
import static org.twintowns.events.support.EventApi.create;
import static org.twintowns.events.support.EventApi.etag;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.uniqueDay;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.RequestExamplesCheck;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * The request examples of events-service's contract are requests it takes, sent as they stand by an
 * admin (or, to register, by anyone) and accepted; partnerships-service (a stub here) knows the
 * municipalities and partnerships they name.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class RequestExamplesTest extends RequestExamplesCheck {

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
    void shouldAnnounceAnEventWithTheCreateExample() {
        JsonNode example = example("createEvent");
        asAdmin().contentType(ContentType.JSON).body(example.toString()).post(PATH)
                .then().statusCode(201)
                .body("title.en", equalTo(example.get("title").get("en").asText()));
    }

    @Test
    void shouldReplaceAnEventWithTheUpdateExample() {
        String id = create(event(uniqueDay()));
        JsonNode example = example("updateEvent");
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(id)).body(example.toString())
                .put(PATH + "/" + id)
                .then().statusCode(200)
                .body("title.en", equalTo(example.get("title").get("en").asText()));
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
