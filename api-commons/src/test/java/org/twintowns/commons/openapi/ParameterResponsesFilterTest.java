package org.twintowns.commons.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every operation documents the 400 of a parameter it does not take or cannot parse, as a problem. */
@QuarkusTest
class ParameterResponsesFilterTest {

    @Test
    void shouldDocumentTheParameterRefusalOnEveryOperation() {
        given().accept("application/json").get("/q/openapi").then()
                .rootPath("paths.'/probe/params/{id}'.get.responses.'400'")
                .body("description", equalTo(ParameterResponsesFilter.DESCRIPTION))
                .body("content.'application/problem+json'.schema.$ref", equalTo("#/components/schemas/Problem"));
    }

    @Test
    void shouldKeepAnOperationsOwnDescriptionOfItsRefusal() {
        given().accept("application/json").get("/q/openapi").then()
                .rootPath("paths.'/probe/list'.get.responses.'400'")
                .body("description", containsString(ParameterResponsesFilter.DESCRIPTION));
    }
}
