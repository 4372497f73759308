package org.twintowns.gateway.proxy;

import static org.hamcrest.Matchers.equalTo;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.twintowns.gateway.LoopbackClient;
import org.twintowns.gateway.LowLimits;
import org.twintowns.testing.TestTokens;

/**
 * With no trusted proxy configured (the default) the client is the connection's peer, whatever
 * X-Forwarded-For it sends: a new address in the header buys no new rate-limit window, and the
 * services are told the peer's address, not the claimed one.
 *
 * <p>The application (no trusted proxy, an anonymous limit of 3) is shared with RateLimitingTest
 * ({@link LowLimits.DirectlyExposed}). So that neither class spends the other's anonymous window,
 * this one connects from a loopback address of its own, {@link #peer()}, instead of 127.0.0.1; the
 * services must then be told that address, which also shows that the peer's address is what they
 * get. Forwarding stays off in this application (no trusted proxy at all), which is the default
 * deployment and not the same code path as UntrustedPeerTest's trusted list without the peer.
 */
@QuarkusTest
@TestProfile(LowLimits.DirectlyExposed.class)
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class UntrustedForwardingTest {

    /** The loopback address this class connects from: the connection's peer, whom the gateway must believe. */
    String peer() {
        return LowLimits.DIRECT_CLIENT;
    }

    private RequestSpecification given() {
        return LoopbackClient.from(peer());
    }

    @Test
    void shouldCountAClientInOneWindowWhateverAddressItClaims() {
        given().get("/api/v1/echo/claims").then().statusCode(200).header("RateLimit-Remaining", "2");
        given().header("X-Forwarded-For", "203.0.113.7").get("/api/v1/echo/claims")
                .then().statusCode(200)
                .header("RateLimit-Remaining", "1")
                .body("headers.x-forwarded-for", equalTo(peer()));
        given().header("X-Forwarded-For", "203.0.113.8, 203.0.113.9").get("/api/v1/echo/claims")
                .then().statusCode(200)
                .header("RateLimit-Remaining", "0")
                .body("headers.x-forwarded-for", equalTo(peer()))
                .body("headers.forwarded", equalTo(
                        "for=\"" + peer() + "\";proto=http;host=\"127.0.0.1:" + RestAssured.port + "\""));
        assertProblem(given().header("X-Forwarded-For", "203.0.113.10").get("/api/v1/echo/claims").then(), 429);
    }
}
