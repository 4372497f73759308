package org.twintowns.commons.validation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** A request's rules run in the same pass as its constraints: one answer names every failing field. */
@QuarkusTest
class CheckedByTest {

    @Test
    void shouldReportConstraintAndRuleFailuresTogether() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \" \", \"from\": 5, \"to\": 3, \"code\": \"${x}{y}\"}")
                .post("/probe/rules")
                .then().statusCode(400)
                .body("type", equalTo("https://twintowns.org/problems/validation-failed"))
                .body("detail", equalTo("The request has 3 invalid fields."))
                .body("errors", hasSize(3))
                .body("errors.field", containsInAnyOrder("name", "to", "code"))
                .body("errors.find { it.field == 'code' }.message", equalTo("'${x}{y}' is not a code"));
    }

    @Test
    void shouldKeepWhatTheRulesFoundWhenOneTripsOverAMissingValue() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"Anna\", \"to\": 3, \"code\": \"abc\"}")
                .post("/probe/rules")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("from", "code"));
    }

    @Test
    void shouldAcceptWhatBreaksNoRule() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"Anna\", \"from\": 1, \"to\": 3, \"code\": \"ABC\"}")
                .post("/probe/rules")
                .then().statusCode(200);
    }
}
