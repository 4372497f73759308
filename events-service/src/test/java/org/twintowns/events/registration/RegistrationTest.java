package org.twintowns.events.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.events.support.EventApi.PATH;
import static org.twintowns.events.support.EventApi.asAdmin;
import static org.twintowns.events.support.EventApi.create;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.put;
import static org.twintowns.events.support.EventApi.register;
import static org.twintowns.events.support.EventApi.snapshot;
import static org.twintowns.events.support.EventApi.uniqueDay;
import static org.twintowns.events.support.EventApi.withRegistration;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.twintowns.events.support.Partners;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class RegistrationTest {

    private static List<String> statuses(String eventId) {
        return asAdmin().get(PATH + "/" + eventId + "/registrations").then().statusCode(200)
                .extract().path("status");
    }

    @Test
    void shouldConfirmUntilFullThenWaitlist() {
        String id = create(withRegistration(event(uniqueDay()), 2));
        register(id, "Olena Kovalenko").then().statusCode(201)
                .header("Location", containsString(PATH + "/" + id + "/registrations/"))
                .body("status", equalTo("CONFIRMED"))
                .body("cancellationToken", not(equalTo(null)));
        register(id, "Jan Weber").then().statusCode(201).body("status", equalTo("CONFIRMED"));
        register(id, "Iryna Melnyk").then().statusCode(201).body("status", equalTo("WAITLISTED"));

        given().get(PATH + "/" + id).then()
                .body("registration.capacity", equalTo(2))
                .body("registration.confirmed", equalTo(2))
                .body("registration.waitlisted", equalTo(1))
                .body("registration.seatsLeft", equalTo(0));
    }

    @Test
    void shouldHoldCapacityUnderConcurrentRegistrations() throws Exception {
        String id = create(withRegistration(event(uniqueDay()), 10));
        for (int i = 0; i < 7; i++) {
            register(id, "Early " + i).then().statusCode(201).body("status", equalTo("CONFIRMED"));
        }
        int parallel = 30;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            String name = "Parallel " + i;
            Callable<String> task = () -> {
                start.await();
                return register(id, name).then().statusCode(201).extract().path("status");
            };
            outcomes.add(pool.submit(task));
        }
        start.countDown();
        List<String> statuses = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            statuses.add(outcome.get());
        }
        pool.shutdown();

        assertEquals(3, statuses.stream().filter("CONFIRMED"::equals).count(), "exactly the last 3 seats");
        assertEquals(27, statuses.stream().filter("WAITLISTED"::equals).count());
        List<String> stored = statuses(id);
        assertEquals(37, stored.size(), "no registration lost");
        assertEquals(10, stored.stream().filter("CONFIRMED"::equals).count());
        given().get(PATH + "/" + id).then().body("registration.seatsLeft", equalTo(0))
                .body("registration.waitlisted", equalTo(27));
    }

    @Test
    void shouldPromoteTheFirstWaitlistedWhenTheRegistrantCancels() {
        String id = create(withRegistration(event(uniqueDay()), 1));
        Response first = register(id, "Olena Kovalenko");
        String registrationId = first.then().extract().path("id");
        String token = first.then().extract().path("cancellationToken");
        register(id, "Jan Weber").then().body("status", equalTo("WAITLISTED"));
        register(id, "Iryna Melnyk").then().body("status", equalTo("WAITLISTED"));

        // A wrong token is refused and changes nothing.
        assertProblem(given().header("Cancellation-Token", "guess")
                .delete(PATH + "/" + id + "/registrations/" + registrationId).then(), 403);
        assertEquals(List.of("CONFIRMED", "WAITLISTED", "WAITLISTED"), statuses(id));

        given().header("Cancellation-Token", token)
                .delete(PATH + "/" + id + "/registrations/" + registrationId)
                .then().statusCode(204);
        assertEquals(List.of("CANCELLED", "CONFIRMED", "WAITLISTED"), statuses(id));
        assertProblem(given().header("Cancellation-Token", token)
                .delete(PATH + "/" + id + "/registrations/" + registrationId).then(), 404);
    }

    @Test
    void shouldLetOrganizersCancelAndSeeRegistrations() {
        String own = Partners.municipality();
        Map<String, Object> body = withRegistration(event(uniqueDay()), 1);
        body.put("organizers", List.of(own));
        String id = create(body);
        String registrationId = register(id, "Olena Kovalenko").then().extract().path("id");
        register(id, "Jan Weber");

        String organizer = TestTokens.editorOf(own);
        given().auth().oauth2(organizer).get(PATH + "/" + id + "/registrations").then().statusCode(200)
                .body("name", equalTo(List.of("Olena Kovalenko", "Jan Weber")))
                .body("email[0]", equalTo("olena.kovalenko@example.org"));
        given().auth().oauth2(organizer).delete(PATH + "/" + id + "/registrations/" + registrationId)
                .then().statusCode(204);
        given().auth().oauth2(organizer).get(PATH + "/" + id + "/registrations").then()
                .body("status", equalTo(List.of("CANCELLED", "CONFIRMED")));
    }

    @Test
    void shouldShowRegistrantsOnlyToOrganizersAndAdmins() {
        String id = create(withRegistration(event(uniqueDay()), 5));
        String registrationId = register(id, "Olena Kovalenko").then().extract().path("id");

        assertProblem(given().get(PATH + "/" + id + "/registrations").then(), 401);
        String otherEditor = TestTokens.editorOf(Partners.municipality());
        assertProblem(given().auth().oauth2(otherEditor).get(PATH + "/" + id + "/registrations").then(), 403);
        assertProblem(given().auth().oauth2(otherEditor)
                .delete(PATH + "/" + id + "/registrations/" + registrationId).then(), 403);
        asAdmin().get(PATH + "/" + id + "/registrations").then().statusCode(200).body("", hasSize(1));

        // Nowhere public: not in the event, the list or the calendar.
        given().get(PATH + "/" + id).then().body(not(containsString("Kovalenko")))
                .body(not(containsString("olena.kovalenko")));
        given().queryParam("size", 100).get(PATH).then().body(not(containsString("Kovalenko")));
        given().accept("text/calendar").get(PATH + "/" + id).then().statusCode(200)
                .body(not(containsString("Kovalenko"))).body(not(containsString("olena")));
    }

    @Test
    void shouldRefuseRegistrationWhenClosed() {
        Map<String, Object> body = event(uniqueDay());
        String id = create(body);
        assertProblem(register(id, "Olena Kovalenko").then(), 409)
                .body("type", equalTo("https://twintowns.org/problems/registration-closed"));
        given().get(PATH + "/" + id).then().body("registration.confirmed", equalTo(0));
    }

    @Test
    void shouldRefuseRegistrationAfterTheDeadline() {
        // An event that already ran: its registration deadline (the start) has passed.
        Map<String, Object> body = withRegistration(event(LocalDate.of(2020, 3, 1)), null);
        String id = create(body);
        assertProblem(register(id, "Olena Kovalenko").then(), 409)
                .body("detail", containsString("deadline"));
        asAdmin().get(PATH + "/" + id + "/registrations").then().body("", hasSize(0));
    }

    @Test
    void shouldRefuseRegistrationForCancelledEvents() {
        String id = create(withRegistration(event(uniqueDay()), 5));
        org.twintowns.events.support.EventApi.status(id, "CANCELLED").then().statusCode(200);
        assertProblem(register(id, "Olena Kovalenko").then(), 409);
    }

    @Test
    void shouldRefuseCapacityBelowConfirmedRegistrations() {
        Map<String, Object> body = withRegistration(event(uniqueDay()), 3);
        String id = create(body);
        register(id, "A One");
        register(id, "B Two");
        String before = snapshot(id);
        withRegistration(body, 1);
        assertProblem(put(id, body).then(), 409).body("detail", containsString("2 registrations are confirmed"));
        assertEquals(before, snapshot(id));
    }

    @Test
    void shouldPromoteWaitlistedWhenCapacityGrows() {
        Map<String, Object> body = withRegistration(event(uniqueDay()), 1);
        String id = create(body);
        register(id, "A One");
        register(id, "B Two");
        register(id, "C Three");
        withRegistration(body, 2);
        put(id, body).then().statusCode(200)
                .body("registration.confirmed", equalTo(2))
                .body("registration.waitlisted", equalTo(1));
        assertEquals(List.of("CONFIRMED", "CONFIRMED", "WAITLISTED"), statuses(id));
    }

    @Test
    void shouldRejectInvalidRegistration() {
        String id = create(withRegistration(event(uniqueDay()), 5));
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("name", "X", "email", "not-an-address"))
                .post(PATH + "/" + id + "/registrations").then(), 400)
                .body("errors[0].field", equalTo("email"));
        asAdmin().get(PATH + "/" + id + "/registrations").then().body("", hasSize(0));
    }
}
