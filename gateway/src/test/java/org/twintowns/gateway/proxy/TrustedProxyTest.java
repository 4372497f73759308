package org.twintowns.gateway.proxy;

import static org.hamcrest.Matchers.equalTo;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.twintowns.gateway.LoopbackClient;
import org.twintowns.gateway.LowLimits;
import org.twintowns.testing.TestTokens;

/**
 * Behind a trusted proxy (here the test client itself) the client is the address the proxy names in
 * X-Forwarded-For: it has a rate-limit window of its own, and it is the one address the services are
 * told. Only that header is believed: not Forwarded, not a host.
 *
 * <p>The application (an anonymous limit of 3, the trusted proxy {@link LowLimits#TRUSTED_PROXY}) is
 * shared with UntrustedPeerTest ({@link LowLimits.BehindAProxy}), which must connect from an address
 * that is not trusted. So the trusted proxy is not 127.0.0.1 but a loopback address that only this
 * class connects from ({@link LoopbackClient}).
 */
@QuarkusTest
@TestProfile(LowLimits.BehindAProxy.class)
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class TrustedProxyTest {

    /** A request from the ingress controller: every request of this class comes from its address. */
    private static RequestSpecification given() {
        return LoopbackClient.from(LowLimits.TRUSTED_PROXY);
    }

    private static ValidatableResponse getAs(String client, String path) {
        return given().header("X-Forwarded-For", client).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "evil.example").get(path).then();
    }

    @Test
    void shouldGiveEachClientBehindTheProxyARateLimitWindowOfItsOwn() {
        getAs("198.51.100.1", "/api/v1/echo/limited").statusCode(200).header("RateLimit-Remaining", "2");
        getAs("198.51.100.1", "/api/v1/echo/limited").statusCode(200).header("RateLimit-Remaining", "1");
        getAs("198.51.100.1", "/api/v1/echo/limited").statusCode(200).header("RateLimit-Remaining", "0");
        assertProblem(getAs("198.51.100.1", "/api/v1/echo/limited"), 429);
        // Another client through the same proxy connection is not held back by the first one's window.
        getAs("198.51.100.2", "/api/v1/echo/limited").statusCode(200).header("RateLimit-Remaining", "2");
    }

    @Test
    void shouldTellTheServiceTheClientsAddressAndNotTheProxys() {
        getAs("198.51.100.3", "/api/v1/echo/client")
                .statusCode(200)
                .body("headers.x-forwarded-for", equalTo("198.51.100.3"))
                .body("headers.forwarded", equalTo("for=\"198.51.100.3\";proto=http;host=\"127.0.0.1:"
                        + RestAssured.port + "\""));
    }

    @Test
    void shouldPassOnOneAddressNeverTheChainAProxyReceived() {
        // Quarkus takes the first entry: the one a proxy that sets the header (ingress-nginx) writes.
        getAs("198.51.100.4, 10.1.2.3", "/api/v1/echo/chain")
                .statusCode(200)
                .body("headers.x-forwarded-for", equalTo("198.51.100.4"));
    }

    @Test
    void shouldNameAnIpv6ClientInBrackets() {
        getAs("2001:db8::4", "/api/v1/echo/ipv6")
                .statusCode(200)
                .body("headers.x-forwarded-for", equalTo("2001:db8:0:0:0:0:0:4"))
                .body("headers.forwarded", equalTo("for=\"[2001:db8:0:0:0:0:0:4]\";proto=http;host=\"127.0.0.1:"
                        + RestAssured.port + "\""));
    }

    @Test
    void shouldSayUnknownWhenTheProxyNamesNoAddress() {
        // Two, within the limit: every client a proxy does not name by address counts as one.
        for (String named : new String[] {"unknown", "evil\";by=x"}) {
            getAs(named, "/api/v1/echo/unnamed")
                    .statusCode(200)
                    .body("headers.x-forwarded-for", equalTo("unknown"))
                    .body("headers.forwarded", equalTo("for=\"unknown\";proto=http;host=\"127.0.0.1:"
                            + RestAssured.port + "\""));
        }
    }

    @Test
    void shouldBelieveNeitherTheForwardedHeaderNorAForwardedHostOrScheme() {
        given().header("Forwarded", "for=198.51.100.5;host=evil.example;proto=https")
                .header("X-Forwarded-Host", "evil.example")
                .get("/api/v1/echo/forwarded")
                .then().statusCode(200)
                // No X-Forwarded-For: the client is the proxy's connection itself.
                .body("headers.x-forwarded-for", equalTo(LowLimits.TRUSTED_PROXY))
                .body("headers.x-forwarded-host", equalTo("127.0.0.1:" + RestAssured.port));
        // Host and scheme the services are told come from the public base URL (here: none configured,
        // so the connection's), never from a proxy's headers.
        getAs("198.51.100.6", "/api/v1/echo/forwarded")
                .statusCode(200)
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", equalTo("127.0.0.1:" + RestAssured.port));
    }
}
