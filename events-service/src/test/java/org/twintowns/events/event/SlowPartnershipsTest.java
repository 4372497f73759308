package org.twintowns.events.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.twintowns.events.support.EventApi.PATH;
import static org.twintowns.events.support.EventApi.asAdmin;
import static org.twintowns.events.support.EventApi.create;
import static org.twintowns.events.support.EventApi.etag;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.register;
import static org.twintowns.events.support.EventApi.uniqueDay;
import static org.twintowns.events.support.EventApi.withRegistration;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.twintowns.events.support.Partners;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * An event update asks partnerships-service before its transaction, not inside it: while that
 * answer is slow, nothing holds the event's row or a database connection, so registrations go
 * through at once. The update then applies with the row locked, and checks again what may have
 * changed in the meantime.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(SlowPartnershipsTest.PatientReferenceStub.class)
class SlowPartnershipsTest {

    /** A registration counts as prompt within this; a blocked one waits as long as the stub holds the check. */
    private static final long PROMPT_SECONDS = 5;
    /** Client threads of their own: the common pool may have a single thread on a small machine. */
    private static final Executor CLIENTS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "slow-partnerships-client");
        thread.setDaemon(true);
        return thread;
    });

    /** Deadlines longer than the stub holds an answer: the check is slow, not failed. */
    public static class PatientReferenceStub extends ReferenceStub {

        @Override
        protected Map<String, String> configuration(String url) {
            Map<String, String> patient = new HashMap<>(super.configuration(url));
            patient.put("twintowns.references.partnerships.timeout", "30s");
            return patient;
        }
    }

    @Test
    void shouldTakeRegistrationsWhileAnUpdateWaitsForPartnershipsAndApplyItAfterwards() throws Exception {
        String held = Partners.heldMunicipality();
        Map<String, Object> original = withRegistration(event(uniqueDay()), 2);
        String id = create(original);
        String other = create(withRegistration(event(uniqueDay()), null));
        Map<String, Object> replacement = withRegistration(new HashMap<>(original), 4);
        replacement.put("participants", List.of(held));

        CompletableFuture<Response> update = replaceInBackground(id, etag(id), replacement);
        Partners.awaitHeldLookUp(held);
        List<String> statuses = List.of(
                promptly(() -> register(id, "Olena Kovalenko")),
                promptly(() -> register(id, "Jan Weber")),
                promptly(() -> register(id, "Iryna Melnyk")),
                promptly(() -> register(other, "Anna Schmidt")));
        assertFalse(update.isDone(), "The update should still wait for partnerships-service");
        Partners.release(held);

        assertEquals(List.of("CONFIRMED", "CONFIRMED", "WAITLISTED", "CONFIRMED"), statuses);
        update.get(30, TimeUnit.SECONDS).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("participants", equalTo(List.of(held)))
                .body("registration.capacity", equalTo(4))
                // The registrations made meanwhile count: the larger capacity gives the waiting one a seat.
                .body("registration.confirmed", equalTo(3))
                .body("registration.waitlisted", equalTo(0));
    }

    @Test
    void shouldCheckTheCapacityAgainWithTheRegistrationsMadeWhileTheUpdateWaited() throws Exception {
        String held = Partners.heldMunicipality();
        Map<String, Object> original = withRegistration(event(uniqueDay()), 5);
        String id = create(original);
        Map<String, Object> replacement = withRegistration(new HashMap<>(original), 1);
        replacement.put("participants", List.of(held));

        CompletableFuture<Response> update = replaceInBackground(id, etag(id), replacement);
        Partners.awaitHeldLookUp(held);
        promptly(() -> register(id, "Olena Kovalenko"));
        promptly(() -> register(id, "Jan Weber"));
        Partners.release(held);

        assertProblem(update.get(30, TimeUnit.SECONDS).then(), 409)
                .body("detail", equalTo("The capacity cannot be lowered to 1: 2 registrations are confirmed."));
        given().get(PATH + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("participants", equalTo(List.of()))
                .body("registration.capacity", equalTo(5))
                .body("registration.confirmed", equalTo(2));
    }

    @Test
    void shouldRefuseTheUpdateWhenTheEventChangedWhileItWaited() throws Exception {
        String held = Partners.heldMunicipality();
        Map<String, Object> original = event(uniqueDay());
        String id = create(original);
        String etag = etag(id);
        Map<String, Object> replacement = new HashMap<>(original);
        replacement.put("participants", List.of(held));

        CompletableFuture<Response> update = replaceInBackground(id, etag, replacement);
        Partners.awaitHeldLookUp(held);
        Response postponed = CompletableFuture.supplyAsync(() -> asAdmin().contentType(ContentType.JSON)
                        .header("If-Match", etag).body(Map.of("status", "POSTPONED", "reason", "Flooding"))
                        .post(PATH + "/" + id + "/status"), CLIENTS)
                .get(PROMPT_SECONDS, TimeUnit.SECONDS);
        Partners.release(held);

        postponed.then().statusCode(200).header("ETag", equalTo("\"1\""));
        assertProblem(update.get(30, TimeUnit.SECONDS).then(), 412);
        given().get(PATH + "/" + id).then().statusCode(200)
                .body("status", equalTo("POSTPONED"))
                .body("participants", equalTo(List.of()));
    }

    private static CompletableFuture<Response> replaceInBackground(String id, String etag, Map<String, Object> body) {
        return CompletableFuture.supplyAsync(() -> asAdmin().contentType(ContentType.JSON).header("If-Match", etag)
                .body(body).put(PATH + "/" + id), CLIENTS);
    }

    /** The status of a registration that must be answered within seconds, not when the update is done. */
    private static String promptly(Supplier<Response> registration) throws Exception {
        Response response = CompletableFuture.supplyAsync(registration, CLIENTS).get(PROMPT_SECONDS, TimeUnit.SECONDS);
        return response.then().statusCode(201).extract().path("status");
    }
}
