package org.twintowns.events.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.events.support.EventApi.PATH;
import static org.twintowns.events.support.EventApi.asAdmin;
import static org.twintowns.events.support.EventApi.create;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.uniqueDay;
import static org.twintowns.events.support.EventApi.withRegistration;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * Issue 18, property 8: an e-mail address (without regard to case) holds one
 * registration of an event; a repeat, also a concurrent one, is a 409 naming it and takes no seat.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class RegistrationOncePerPersonTest {

    private static final String ALREADY_REGISTERED = "https://twintowns.org/problems/already-registered";

    @Test
    void shouldAnswerARepeatWithTheRegistrationItHoldsAndTakeNoSeat() {
        String id = create(withRegistration(event(uniqueDay()), 2));
        String first = register(id, "o.kovalenko@example.org").then().statusCode(201).extract().path("id");

        assertProblem(register(id, "O.Kovalenko@Example.ORG").then(), 409)
                .body("type", equalTo(ALREADY_REGISTERED))
                .body("detail", containsString(first))
                .body("errors[0].field", equalTo("email"));

        given().get(PATH + "/" + id).then()
                .body("registration.confirmed", equalTo(1))
                .body("registration.seatsLeft", equalTo(1));
        assertEquals(List.of(first), asAdmin().get(PATH + "/" + id + "/registrations").then().extract().path("id"));
    }

    @Test
    void shouldRegisterOnceWhenEightRepeatsArriveAtOnce() throws Exception {
        String id = create(withRegistration(event(uniqueDay()), 5));
        int repeats = 8;
        ExecutorService pool = Executors.newFixedThreadPool(repeats);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < repeats; i++) {
                // The same address as people type it, in other cases.
                String email = i % 2 == 0 ? "jan.weber@example.org" : "Jan.Weber@EXAMPLE.org";
                answers.add(pool.submit(() -> {
                    start.await();
                    return register(id, email);
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get(30, TimeUnit.SECONDS);
                if (response.statusCode() == 201) {
                    created++;
                } else {
                    assertProblem(response.then(), 409).body("type", equalTo(ALREADY_REGISTERED));
                }
            }
            assertEquals(1, created, "registrations created by " + repeats + " repeats");
        } finally {
            pool.shutdownNow();
        }
        given().get(PATH + "/" + id).then()
                .body("registration.confirmed", equalTo(1))
                .body("registration.waitlisted", equalTo(0))
                .body("registration.seatsLeft", equalTo(4));
    }

    @Test
    void shouldLetSomeoneWhoCancelledRegisterAgain() {
        String id = create(withRegistration(event(uniqueDay()), 1));
        Response first = register(id, "iryna.melnyk@example.org");
        first.then().statusCode(201);
        given().header("Cancellation-Token", first.path("cancellationToken").toString())
                .delete(PATH + "/" + id + "/registrations/" + first.path("id"))
                .then().statusCode(204);

        register(id, "Iryna.Melnyk@example.org").then().statusCode(201).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void shouldTellTheSameAddressApartAcrossEvents() {
        String one = create(withRegistration(event(uniqueDay()), 1));
        String other = create(withRegistration(event(uniqueDay()), 1));
        register(one, "anna.schmidt@example.org").then().statusCode(201);
        register(other, "anna.schmidt@example.org").then().statusCode(201);
    }

    private static Response register(String eventId, String email) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", "Someone", "email", email))
                .post(PATH + "/" + eventId + "/registrations");
    }
}
