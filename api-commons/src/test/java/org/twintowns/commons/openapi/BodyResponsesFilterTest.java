package org.twintowns.commons.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every operation that takes a body documents 413 and 415 as problems; the others do not. */
@QuarkusTest
class BodyResponsesFilterTest {

    @Test
    void shouldDocumentTooLargeAndUnsupportedBodiesAsProblems() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .rootPath("paths.'/probe'.post.responses")
                .body("'413'.description", equalTo(BodyResponsesFilter.TOO_LARGE))
                .body("'413'.content.'application/problem+json'.schema.$ref", equalTo("#/components/schemas/Problem"))
                .body("'415'.description", equalTo(BodyResponsesFilter.UNSUPPORTED))
                .body("'415'.content.'application/problem+json'.schema.$ref", equalTo("#/components/schemas/Problem"));
    }

    @Test
    void shouldLeaveOperationsWithoutABodyAlone() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/probe/list'.get.responses", not(hasKey("415")));
    }

    @Test
    void shouldAnswerAnUnsupportedBodyWithTheDocumentedProblem() {
        given().contentType("text/plain").body("hello").post("/probe")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
