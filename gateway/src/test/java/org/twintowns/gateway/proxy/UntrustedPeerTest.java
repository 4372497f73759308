package org.twintowns.gateway.proxy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.twintowns.gateway.LowLimits;
import org.twintowns.testing.TestTokens;

/**
 * The same as with no trusted proxy when some are configured but the peer is not one of them: a
 * client that reaches the gateway past the ingress controller gains nothing by X-Forwarded-For.
 *
 * <p>This runs UntrustedForwardingTest's test in the application of TrustedProxyTest
 * ({@link LowLimits.BehindAProxy}), where forwarding is on for the trusted list alone. The list
 * names the ingress controller at {@link LowLimits#TRUSTED_PROXY}, which TrustedProxyTest connects
 * from, plus a range and an address elsewhere. This class connects from its own loopback address,
 * {@link LowLimits#UNTRUSTED_PEER}: not in the list (the neighbour of the trusted /32), and so, like
 * any peer outside the list, it must be treated exactly as with no trusted proxy configured. Its own
 * address also keeps its rate-limit window apart from TrustedProxyTest's requests.
 */
@QuarkusTest
@TestProfile(LowLimits.BehindAProxy.class)
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class UntrustedPeerTest extends UntrustedForwardingTest {

    @Override
    String peer() {
        return LowLimits.UNTRUSTED_PEER;
    }
}
