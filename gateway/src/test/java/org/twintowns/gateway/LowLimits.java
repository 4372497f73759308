package org.twintowns.gateway;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * Rate limits small enough to reach in a test (3 anonymous, 5 authenticated requests a minute), in
 * the two ways the gateway can face its clients. Each profile is one Quarkus application, shared by
 * the test classes that name it (with the same test resources: StubServices and TestTokens, like
 * every other Quarkus test of the module); every other profile would be another restart.
 *
 * <p>The tests of one application must not count in each other's rate-limit windows, and the
 * trusted proxy's tests must come from the trusted address while the untrusted peer's must not. So
 * each class connects from a loopback address of its own ({@link LoopbackClient}), listed here.
 */
public final class LowLimits {

    /** TrustedProxyTest: the ingress controller, the one trusted proxy of {@link BehindAProxy}. */
    public static final String TRUSTED_PROXY = "127.0.0.2";
    /** UntrustedPeerTest: a peer next to the trusted proxy, and not in {@link BehindAProxy}'s list. */
    public static final String UNTRUSTED_PEER = "127.0.0.3";
    /** RateLimitingTest: a client of {@link DirectlyExposed}. */
    public static final String RATE_LIMITED_CLIENT = "127.0.0.4";
    /** UntrustedForwardingTest: a client of {@link DirectlyExposed} that claims other addresses. */
    public static final String DIRECT_CLIENT = "127.0.0.5";

    private LowLimits() {
    }

    private static Map<String, String> limits() {
        return Map.of(
                "gateway.rate-limit.anonymous", "3",
                "gateway.rate-limit.authenticated", "5",
                "gateway.rate-limit.window", "1m");
    }

    /**
     * The gateway exposed directly, with the default trust: no trusted proxy at all, so Quarkus'
     * forwarding support stays off (TrustedProxies) and every client is the connection's peer.
     * RateLimitingTest and UntrustedForwardingTest.
     */
    public static class DirectlyExposed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return limits();
        }
    }

    /**
     * The gateway behind an ingress controller at {@link #TRUSTED_PROXY}. The list also names a range
     * and an address elsewhere, as a deployment might (10.0.0.0/8, 192.168.7.1): neither covers any
     * test's address, and the /32 covers the proxy alone, not its neighbour {@link #UNTRUSTED_PEER}.
     * TrustedProxyTest and UntrustedPeerTest.
     */
    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(limits());
            config.put("TT_GATEWAY_TRUSTED_PROXIES", "10.0.0.0/8,192.168.7.1," + TRUSTED_PROXY + "/32");
            return config;
        }
    }
}
