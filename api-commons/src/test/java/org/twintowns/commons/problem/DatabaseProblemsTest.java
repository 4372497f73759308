package org.twintowns.commons.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.twintowns.commons.problem.ProblemDetailsTest.problem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.twintowns.commons.persistence.DatabaseFailures;

/** A database that cannot be used answers 503 with Retry-After; a lost write race 412 or 409; never 500. */
@QuarkusTest
class DatabaseProblemsTest {

    private static final String UNAVAILABLE = ProblemException.DEPENDENCY_UNAVAILABLE.uri().toString();

    @ParameterizedTest
    @ValueSource(strings = {"refused", "shutdown", "too-many", "starting", "pool-timeout", "commit"})
    void shouldAnswerUnavailableDatabaseWith503AndRetryAfter(String failure) {
        problem(given().get("/probe/database/" + failure).then(), 503)
                .header("Retry-After", String.valueOf(DatabaseFailures.RETRY_AFTER_SECONDS))
                .body("type", equalTo(UNAVAILABLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"refused", "shutdown", "pool-timeout", "commit"})
    void shouldAnswerUnavailableDatabaseOutsideJaxRsWith503AndRetryAfter(String failure) {
        problem(given().get("/probe-route/database/" + failure).then(), 503)
                .header("Retry-After", String.valueOf(DatabaseFailures.RETRY_AFTER_SECONDS))
                .body("type", equalTo(UNAVAILABLE));
    }

    @Test
    void shouldStillAnswerOtherDatabaseErrorsAs500WithoutRetryAfter() {
        problem(given().get("/probe/database/syntax").then(), 500)
                .header("Retry-After", nullValue())
                .body("type", equalTo(ProblemType.INTERNAL_ERROR.uri().toString()));
    }

    @Test
    void shouldAnswerALostConditionalWriteRaceWith412() {
        problem(given().header("If-Match", "\"3\"").put("/probe/database/lost-race").then(), 412)
                .body("type", equalTo(ProblemType.PRECONDITION_FAILED.uri().toString()));
    }

    @Test
    void shouldAnswerALostUnconditionalWriteRaceWith409() {
        problem(given().put("/probe/database/lost-race").then(), 409)
                .body("type", equalTo(ProblemType.CONFLICT.uri().toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/probe/database/out-of-range", "/probe-route/database/out-of-range"})
    void shouldAnswerAValueTheDatabaseCannotStoreWith400(String path) {
        problem(given().get(path).then(), 400)
                .body("type", equalTo(ProblemType.VALIDATION_FAILED.uri().toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/probe/database/deadlock", "/probe-route/database/deadlock"})
    void shouldAnswerADeadlockWith409AndRetryAfter(String path) {
        problem(given().get(path).then(), 409)
                .header("Retry-After", "1")
                .body("type", equalTo(ProblemType.CONFLICT.uri().toString()));
    }
}
