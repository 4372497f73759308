package org.twintowns.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.containsString;

import io.restassured.response.ValidatableResponse;

/** Checks that a response is a well-formed RFC 9457 problem that leaks nothing internal. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status) {
        return response
                .statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .header("X-Request-ID", not(emptyOrNullString()))
                .body("status", equalTo(status))
                .body("type", not(emptyOrNullString()))
                .body("title", not(emptyOrNullString()))
                .body("detail", not(emptyOrNullString()))
                .body("instance", startsWith("/"))
                .body("requestId", not(emptyOrNullString()))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }
}
