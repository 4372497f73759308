package org.twintowns.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.security.Caller;
import org.twintowns.gateway.proxy.StubServices;
import org.twintowns.testing.TestTokens;

/**
 * The gateway with TT_REDIS_URL naming a port where nothing listens: it keeps serving with limits of
 * its own (never without limits), stays ready, and says in its health and metrics that it is degraded.
 */
@QuarkusTest
@TestProfile(RedisDownRateLimitingTest.RedisGone.class)
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class RedisDownRateLimitingTest {

    /** Redis configured at a closed port. */
    public static class RedisGone implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.redis.hosts", "redis://127.0.0.1:" + closedPort(),
                    "gateway.rate-limit.anonymous", "1000",
                    "gateway.rate-limit.authenticated", "3",
                    "gateway.rate-limit.window", "1m");
        }
    }

    @Test
    void shouldServeWithLocalLimitsAndSaySoInHealthAndMetrics() {
        String token = TestTokens.token("dave-" + UUID.randomUUID(), Set.of(Caller.EDITOR), Set.of());
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().auth().oauth2(token).get("/api/v1/echo/dave").then().statusCode(200)
                    .time(lessThan(2L), TimeUnit.SECONDS)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(remaining));
        }
        assertProblem(given().auth().oauth2(token).get("/api/v1/echo/dave").then(), 429);

        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'rate-limit store' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'rate-limit store' }.data.store", equalTo("local"))
                .body("checks.find { it.name == 'rate-limit store' }.data.shared", equalTo(true))
                .body("checks.find { it.name == 'rate-limit store' }.data.status", equalTo("DEGRADED"))
                .body("checks.find { it.name == 'rate-limit store' }.data.reason", containsString("Redis"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("twintowns_rate_limit_store{store=\"local\"} 1.0"))
                .body(containsString("twintowns_rate_limit_store{store=\"redis\"} 0.0"))
                .body(containsString("twintowns_rate_limit_fallbacks_total"))
                .body(not(containsString("twintowns_rate_limit_fallbacks_total 0.0")));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
