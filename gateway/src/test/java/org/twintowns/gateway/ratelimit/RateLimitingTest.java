package org.twintowns.gateway.ratelimit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThan;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.security.Caller;
import org.twintowns.gateway.LoopbackClient;
import org.twintowns.gateway.LowLimits;
import org.twintowns.gateway.proxy.StubServices;
import org.twintowns.testing.TestTokens;

/**
 * Limits of 3 anonymous and 5 authenticated requests a minute ({@link LowLimits}). The application
 * is shared with UntrustedForwardingTest, which spends an anonymous window of its own: this class
 * connects from {@link LowLimits#RATE_LIMITED_CLIENT}, not 127.0.0.1, so that the anonymous client
 * here starts with a full window whichever class runs first.
 */
@QuarkusTest
@TestProfile(LowLimits.DirectlyExposed.class)
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class RateLimitingTest {

    /** Every request of this class comes from its own loopback address (see the class comment). */
    private static RequestSpecification given() {
        return LoopbackClient.from(LowLimits.RATE_LIMITED_CLIENT);
    }

    @Test
    void shouldLimitAnonymousClientsByAddressAndAnswer429WithRetryAfter() {
        for (int remaining = 2; remaining >= 1; remaining--) {
            given().get("/api/v1/echo/anonymous").then().statusCode(200)
                    // The window counted is that of the address this class connects from.
                    .body("headers.x-forwarded-for", equalTo(LowLimits.RATE_LIMITED_CLIENT))
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
