package org.twintowns.gateway.proxy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/**
 * The same as with no trusted proxy when some are configured but the peer is not one of them: a
 * client that reaches the gateway past the ingress controller gains nothing by X-Forwarded-For.
 */
@QuarkusTest
@TestProfile(UntrustedPeerTest.OtherProxyTrusted.class)
@WithTestResource(StubServices.class)
class UntrustedPeerTest extends UntrustedForwardingTest {

    /** Trusts a proxy at another address than the test client's. */
    public static class OtherProxyTrusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "TT_GATEWAY_TRUSTED_PROXIES", "10.0.0.0/8,192.168.7.1",
                    "gateway.rate-limit.anonymous", "3",
                    "gateway.rate-limit.window", "1m");
        }
    }
}
