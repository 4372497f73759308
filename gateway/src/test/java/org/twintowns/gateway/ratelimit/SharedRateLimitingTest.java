package org.twintowns.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.security.Caller;
import org.twintowns.gateway.proxy.StubServices;
import org.twintowns.testing.TestTokens;

/**
 * The gateway with TT_REDIS_URL set, against the real Redis at 127.0.0.1:6379: the same headers and
 * 429 as with limits in memory, computed from the count in Redis, and health and metrics that say so.
 */
@QuarkusTest
@TestProfile(SharedRateLimitingTest.WithRedis.class)
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class SharedRateLimitingTest {

    static final String PREFIX = "tt-test:" + UUID.randomUUID() + ":";

    /** Low limits, counted in Redis under keys of this run only. */
    public static class WithRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.redis.hosts", System.getenv().getOrDefault("TT_REDIS_URL", "redis://127.0.0.1:6379"),
                    "gateway.rate-limit.redis.key-prefix", PREFIX,
                    "gateway.rate-limit.anonymous", "1000",
                    "gateway.rate-limit.authenticated", "3",
                    "gateway.rate-limit.window", "1m");
        }
    }

    @Test
    void shouldLimitFromTheCountInRedisWithTheUsualHeaders() {
        String subject = "carol-" + UUID.randomUUID();
        String token = TestTokens.token(subject, Set.of(Caller.EDITOR), Set.of());
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().auth().oauth2(token).get("/api/v1/echo/carol").then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(remaining))
                    .header("RateLimit-Policy", "3;w=60");
        }
        assertProblem(given().auth().oauth2(token).get("/api/v1/echo/carol").then(), 429)
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]?"));
        // The count is Redis's: what another replica would read.
        io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
        try {
            io.vertx.redis.client.Redis redis = io.vertx.redis.client.Redis.createClient(vertx,
                    System.getenv().getOrDefault("TT_REDIS_URL", "redis://127.0.0.1:6379"));
            String count = redis.send(io.vertx.redis.client.Request.cmd(io.vertx.redis.client.Command.GET)
                    .arg(PREFIX + "sub:" + subject)).toCompletionStage().toCompletableFuture().join().toString();
            assertEquals("4", count);
        } finally {
            vertx.close();
        }
    }

    @Test
    void shouldSayInHealthAndMetricsThatTheLimitsAreShared() {
        given().get("/api/v1/echo/health").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'rate-limit store' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'rate-limit store' }.data.store", equalTo("redis"))
                .body("checks.find { it.name == 'rate-limit store' }.data.status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("twintowns_rate_limit_store{store=\"redis\"} 1.0"))
                .body(containsString("twintowns_rate_limit_store{store=\"local\"} 0.0"));
    }

    private static void assertEquals(Object expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }
}
