package org.twintowns.commons.input;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Parameters are never silently ignored: unknown ones, and ids and dates that do not parse, are a 400 naming them. */
@QuarkusTest
class ParameterCheckTest {

    private static final String ID = "3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    private static final String PATH = "/probe/params/";

    @Test
    void shouldAnswerDeclaredParametersOfEveryKind() {
        given().queryParam("day", "2024-05-01").queryParam("since", "2024-05-01T10:00:00Z")
                .queryParam("tag", ID).queryParam("page", 0).queryParam("size", 5).queryParam("sort", "x")
                .get(PATH + ID)
                .then().statusCode(200).body(containsString(ID));
    }

    @Test
    void shouldRefuseAnUnknownQueryParameterNamingItAndTheAcceptedOnes() {
        given().queryParam("modifiedSince", "2024-05-01T10:00:00Z").queryParam("format", "ics")
                .get(PATH + ID)
                .then().statusCode(400)
                .body("type", equalTo("https://twintowns.org/problems/validation-failed"))
                .body("detail", equalTo("Unknown query parameters format, modifiedSince; this operation accepts "
                        + "after, day, page, since, size, sort, tag, updatedSince."))
                .body("errors.field", containsInAnyOrder("format", "modifiedSince"));
    }

    @Test
    void shouldRefuseAMalformedIdInThePathNamingIt() {
        given().get(PATH + "not-a-uuid")
                .then().statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", containsString("UUID like"));
    }

    @Test
    void shouldNameEveryDateThatDoesNotParseWithTheFormItWants() {
        given().queryParam("day", "yesterday").queryParam("since", "2024-05-01").queryParam("tag", "x")
                .get(PATH + ID)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("day", "since", "tag"))
                .body("errors.find { it.field == 'day' }.message", equalTo("must be a date like 2024-05-01"))
                .body("errors.find { it.field == 'since' }.message", containsString("like 2024-05-01T10:00:00Z"));
    }
}
