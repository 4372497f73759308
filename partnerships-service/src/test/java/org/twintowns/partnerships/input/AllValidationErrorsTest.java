package org.twintowns.partnerships.input;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/** A body with several bad fields, of constraints and of rules, is answered with every one of them. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class AllValidationErrorsTest {

    @Test
    void shouldNameEveryBadFieldOfAMunicipality() {
        // A blank name (constraint), an unknown country and a population without its year (rules),
        // a current name with an end date (a rule inside a list).
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"name": " ", "kind": "CITY", "country": "XX", "population": 1000,
                         "otherNames": [{"name": "Jena", "language": "de", "kind": "OFFICIAL", "usedUntil": "2001-01-01"}]}""")
                .post("/api/v1/municipalities").then(), 400)
                .body("type", equalTo("https://twintowns.org/problems/validation-failed"))
                .body("errors.field", containsInAnyOrder("name", "country", "populationYear", "otherNames[0].usedUntil"));
    }

    @Test
    void shouldNameEveryBadFieldOfAPartnership() {
        // One participant and no source (constraints), a founding date in the future (a rule), a
        // project amount without currency (a rule inside a list).
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"type": "TWINNING", "participants": [{"municipalityId": "8a0a0b0e-0000-4000-8000-000000000001"}],
                         "establishedOn": "2999-01-01",
                         "projects": [{"title": "Schulaustausch", "amount": 500}]}""")
                .post("/api/v1/partnerships").then(), 400)
                .body("errors.field", containsInAnyOrder("participants", "sourceName", "establishedOn",
                        "projects[0].currency"));
    }
}
