package org.twintowns.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThan;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.security.Caller;
import org.twintowns.gateway.proxy.StubServices;
import org.twintowns.testing.TestTokens;

@QuarkusTest
@TestProfile(RateLimitingTest.LowLimits.class)
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class RateLimitingTest {

    /** Limits small enough to reach in a test. */
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "gateway.rate-limit.anonymous", "3",
                    "gateway.rate-limit.authenticated", "5",
                    "gateway.rate-limit.window", "1m");
        }
    }

    @Test
    void shouldLimitAnonymousClientsByAddressAndAnswer429WithRetryAfter() {
        for (int remaining = 2; remaining >= 1; remaining--) {
            given().get("/api/v1/echo/anonymous").then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(remaining))
                    .header("RateLimit-Policy", "3;w=60")
                    .header("RateLimit-Reset", asInt(allOf(greaterThan(0), lessThanOrEqualTo(60))));
        }
        // Refused requests count as well, and carry the headers too.
        assertProblem(given().post("/api/v1/echo/anonymous").then(), 401).header("RateLimit-Remaining", "0");
        assertProblem(given().get("/api/v1/echo/anonymous").then(), 429)
                .body("type", equalTo("https://twintowns.org/problems/rate-limited"))
                .header("Retry-After", asInt(allOf(greaterThan(0), lessThanOrEqualTo(60))))
                .header("RateLimit-Remaining", "0");
    }

    @Test
    void shouldCountEachTokenSubjectOnItsOwnWithTheAuthenticatedLimit() {
        String alice = TestTokens.token("alice-" + System.nanoTime(), Set.of(Caller.EDITOR), Set.of());
        String bob = TestTokens.token("bob-" + System.nanoTime(), Set.of(Caller.EDITOR), Set.of());
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(alice).get("/api/v1/echo/alice").then().statusCode(200)
                    .header("RateLimit-Limit", "5")
                    .header("RateLimit-Remaining", String.valueOf(4 - i));
        }
        assertProblem(given().auth().oauth2(alice).get("/api/v1/echo/alice").then(), 429);
        // Another subject from the same address has its own budget.
        given().auth().oauth2(bob).get("/api/v1/echo/bob").then().statusCode(200)
                .header("RateLimit-Remaining", "4");
    }

    private static org.hamcrest.Matcher<String> asInt(org.hamcrest.Matcher<Integer> matcher) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(String value) {
                return value.matches("\\d+") && matcher.matches(Integer.parseInt(value));
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("an integer that is ").appendDescriptionOf(matcher);
            }
        };
    }
}
