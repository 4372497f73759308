package org.twintowns.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With no trusted proxy configured (the default) the client is the connection's peer, whatever
 * X-Forwarded-For it sends: a new address in the header buys no new rate-limit window, and the
 * services are told the peer's address, not the claimed one.
 */
@QuarkusTest
@TestProfile(UntrustedForwardingTest.NoTrustedProxy.class)
@WithTestResource(StubServices.class)
class UntrustedForwardingTest {

    /** The default trust (none), with a limit small enough to reach. */
    public static class NoTrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.anonymous", "3", "gateway.rate-limit.window", "1m");
        }
    }

    @Test
    void shouldCountAClientInOneWindowWhateverAddressItClaims() {
        given().get("/api/v1/echo/claims").then().statusCode(200).header("RateLimit-Remaining", "2");
        given().header("X-Forwarded-For", "203.0.113.7").get("/api/v1/echo/claims")
                .then().statusCode(200)
                .header("RateLimit-Remaining", "1")
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"));
        given().header("X-Forwarded-For", "203.0.113.8, 203.0.113.9").get("/api/v1/echo/claims")
                .then().statusCode(200)
                .header("RateLimit-Remaining", "0")
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.forwarded", equalTo(
                        "for=\"127.0.0.1\";proto=http;host=\"127.0.0.1:" + RestAssured.port + "\""));
        assertProblem(given().header("X-Forwarded-For", "203.0.113.10").get("/api/v1/echo/claims").then(), 429);
    }
}
