package org.twintowns.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The forwarding headers a service gets name the configured public base URL, never the Host or the
 * forwarding headers a client sent: no client chooses the name under which the platform speaks.
 */
@QuarkusTest
@TestProfile(PublicBaseUrlForwardingTest.Configured.class)
@WithTestResource(StubServices.class)
class PublicBaseUrlForwardingTest {

    /** The gateway as it is deployed: with a public base URL. */
    public static class Configured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("twintowns.public-base-url", "https://api.twintowns.test");
        }
    }

    @Test
    void shouldNameThePublicHostToTheServiceWhateverHostTheClientSends() {
        given().header("Host", "evil.example")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "http")
                .header("Forwarded", "for=203.0.113.66;host=evil.example;proto=http")
                .get("/api/v1/echo/public")
                .then().statusCode(200)
                .body("headers.x-forwarded-host", equalTo("api.twintowns.test"))
                .body("headers.x-forwarded-proto", equalTo("https"))
                .body("headers.forwarded", equalTo("for=\"127.0.0.1\";proto=https;host=\"api.twintowns.test\""));
    }
}
