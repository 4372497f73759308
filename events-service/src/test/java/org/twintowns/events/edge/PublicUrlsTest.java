package org.twintowns.events.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.events.support.EventApi.PATH;
import static org.twintowns.events.support.EventApi.asAdmin;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.uniqueDay;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.RawHttp;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * The Location of every create (event, series, registration) names the public base URL, whatever
 * Host or forwarding headers the client sends; a bad Host is a 400 before anything is stored. No
 * public base URL is configured in tests, so URLs name the address the connection reached.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class PublicUrlsTest {

    /** 127.0.0.1 is a trusted proxy here, so Quarkus itself would believe these forwarding headers. */
    private static RequestSpecification claimingEvil(RequestSpecification request) {
        return request.header("Host", "evil.example").header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "host=evil.example;proto=https").contentType(ContentType.JSON);
    }

    private static String base() {
        return "http://127.0.0.1:" + RestAssured.port + PATH + "/";
    }

    @Test
    void shouldNameThePublicBaseInEveryLocationWhateverHostTheClientSends() {
        Map<String, Object> body = event(uniqueDay());
        body.put("registration", Map.of("open", true, "capacity", 5));
        String id = claimingEvil(asAdmin()).body(body).post(PATH)
                .then().statusCode(201).header("Location", startsWith(base()))
                .extract().path("id");
        claimingEvil(asAdmin()).body(Map.of("name", Map.of("en", "Host series"))).post(PATH + "/series")
                .then().statusCode(201).header("Location", startsWith(base() + "series/"));
        claimingEvil(given()).body(Map.of("name", "Olena Kovalenko", "email", "olena@example.org"))
                .post(PATH + "/" + id + "/registrations")
                .then().statusCode(201).header("Location", startsWith(base() + id + "/registrations/"));
    }

    @Test
    void shouldRefuseARegistrationWithABadHostAndStoreNothing() throws IOException {
        Map<String, Object> body = event(uniqueDay());
        body.put("registration", Map.of("open", true, "capacity", 5));
        String id = asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(201)
                .extract().path("id");
        for (String host : List.of(":80", "x%41", "a@b", "")) {
            List<String> head = new ArrayList<>(List.of("POST " + PATH + "/" + id + "/registrations HTTP/1.1",
                    "Host: " + host, "Content-Type: application/json", "Connection: close"));
            RawHttp.Answer answer = RawHttp.send(RestAssured.port, head,
                    "{\"name\": \"Jan Weber\", \"email\": \"jan@example.org\"}");
            assertEquals(400, answer.status(), host + ": " + answer.body());
        }
        asAdmin().get(PATH + "/" + id).then().statusCode(200)
                .body("registration.confirmed", org.hamcrest.Matchers.equalTo(0));
    }
}
