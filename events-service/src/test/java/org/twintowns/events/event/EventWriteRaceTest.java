package org.twintowns.events.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.twintowns.events.support.EventApi.PATH;
import static org.twintowns.events.support.EventApi.asAdmin;
import static org.twintowns.events.support.EventApi.create;
import static org.twintowns.events.support.EventApi.etag;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.uniqueDay;
import static org.twintowns.testing.ConditionalWriteRace.WRITERS;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.ConditionalWriteRace;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/** Conditional writes of an event sent at once with the same If-Match: one wins, the others get 412. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class EventWriteRaceTest {

    @Test
    void shouldLetOneOfConcurrentReplacesWinAndKeepItsBody() throws Exception {
        Map<String, Object> original = event(uniqueDay());
        String id = create(original);
        String etag = etag(id);

        int winner = ConditionalWriteRace.oneWins(WRITERS, i -> {
            Map<String, Object> body = new HashMap<>(original);
            body.put("title", Map.of("en", "Summer school, version " + i));
            return asAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                    .put(PATH + "/" + id).then().extract();
        });

        given().get(PATH + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("title.en", equalTo("Summer school, version " + winner));
    }

    @Test
    void shouldLetOneOfConcurrentStatusChangesWinAndKeepItsReason() throws Exception {
        String id = create(event(uniqueDay()));
        String etag = etag(id);

        int winner = ConditionalWriteRace.oneWins(WRITERS, i -> asAdmin().contentType(ContentType.JSON)
                .header("If-Match", etag).body(Map.of("status", "POSTPONED", "reason", "Writer " + i))
                .post(PATH + "/" + id + "/status").then().extract());

        given().get(PATH + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("POSTPONED"))
                .body("statusHistory.size()", equalTo(2))
                .body("statusHistory[1].reason", equalTo("Writer " + winner));
    }
}
