package org.twintowns.gateway;

import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * RestAssured requests that leave from a loopback address of the test's own choosing instead of
 * 127.0.0.1.
 *
 * <p>Why: the gateway counts an anonymous client's requests by its address, and decides whether to
 * believe X-Forwarded-For by the address of the connection's peer. If every test connected from
 * 127.0.0.1, each test that needs low rate limits or a particular trusted proxy would need a Quarkus
 * application of its own (a separate test profile, a restart of a few seconds). Linux routes all of
 * 127.0.0.0/8 to the loopback interface, so a client can bind 127.0.0.2, 127.0.0.3, ... and still
 * reach the gateway at 127.0.0.1. Tests that share one application ({@link LowLimits}) each connect
 * from an address of their own: they get rate-limit windows of their own, and the gateway sees a
 * trusted proxy or an untrusted peer depending only on which address the test picked.
 *
 * <p>The addresses in use are listed in {@link LowLimits}, so that no two tests of one application
 * pick the same one.
 */
public final class LoopbackClient {

    private LoopbackClient() {
    }

    /** A request that connects from {@code address} (an address in 127.0.0.0/8). */
    public static RequestSpecification from(String address) {
        InetAddress local;
        try {
            local = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
        if (!local.isLoopbackAddress()) {
            throw new IllegalArgumentException(address + " is not a loopback address");
        }
        // Keeps what Quarkus configured for RestAssured (its timeouts) and adds the local address:
        // Apache HttpClient 4's "http.route.local-address" (ConnRoutePNames.LOCAL_ADDRESS), which
        // it binds the socket to before it connects.
        RestAssuredConfig config = RestAssured.config();
        return RestAssured.given().config(config.httpClient(
                config.getHttpClientConfig().setParam("http.route.local-address", local)));
    }
}
