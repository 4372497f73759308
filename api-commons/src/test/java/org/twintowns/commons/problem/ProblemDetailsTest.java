package org.twintowns.commons.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Every kind of error, from every layer, comes back as RFC 9457 problem details. */
@QuarkusTest
class ProblemDetailsTest {

    static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("status", equalTo(status))
                .body("title", not(equalTo(null)))
                .body("detail", not(equalTo(null)))
                .body("instance", startsWith("/"))
                .body("requestId", not(equalTo(null)))
                .body(not(containsString("Exception")))
                .body(not(containsString("org.twintowns")));
    }

    @Test
    void shouldAnswerUnknownPathWithProblem() {
        problem(given().get("/no/such/path").then(), 404)
                .body("type", equalTo("about:blank"))
                .body("instance", equalTo("/no/such/path"));
    }

    @Test
    void shouldAnswerUnknownPathOutsideResourcesWithProblemEvenForBrowsers() {
        problem(given().accept("text/html").get("/favicon-nowhere.ico").then(), 404);
    }

    @Test
    void shouldAnswerWrongMethodWithProblem() {
        problem(given().delete("/probe").then(), 405);
    }

    @Test
    void shouldAnswerWrongMediaTypeWithProblem() {
        problem(given().contentType(ContentType.XML).body("<a/>").post("/probe").then(), 415)
                .body("detail", containsString("application/xml"));
    }

    @Test
    void shouldAnswerUnacceptableMediaTypeWithProblem() {
        problem(given().accept("image/png").get("/probe/list").then(), 406);
    }

    @Test
    void shouldAnswerMalformedJsonWithProblem() {
        problem(given().contentType(ContentType.JSON).body("{\"name\": ").post("/probe").then(), 400)
                .body("type", equalTo(ProblemType.MALFORMED_BODY.uri().toString()));
    }

    @Test
    void shouldAnswerUnterminatedStringAsMalformedJson() {
        problem(given().contentType(ContentType.JSON).body("{\"name\": \"Halb").post("/probe").then(), 400)
                .body("type", equalTo(ProblemType.MALFORMED_BODY.uri().toString()));
    }

    @Test
    void shouldAnswerWrongJsonTypeNamingTheField() {
        problem(given().contentType(ContentType.JSON).body("{\"name\": \"a\", \"count\": \"many\"}")
                .post("/probe").then(), 400)
                .body("errors[0].field", equalTo("count"));
    }

    @Test
    void shouldAnswerMissingBodyWithProblem() {
        problem(given().contentType(ContentType.JSON).post("/probe").then(), 400)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void shouldListEveryFailingFieldIncludingNestedOnes() {
        problem(given().contentType(ContentType.JSON)
                .body("""
                        {"name": "far too long a name", "items": [{"title": "ok"}, {"title": ""}],
                         "names": {"de": "Jena", "uk": " "}}""")
                .post("/probe").then(), 400)
                .body("type", equalTo(ProblemType.VALIDATION_FAILED.uri().toString()))
                .body("errors.field", hasItems("name", "count", "items[1].title", "names.uk"))
                .body("errors", hasSize(4))
                .body("detail", equalTo("The request has 4 invalid fields."));
    }

    @Test
    void shouldNameQueryParameterThatFailsConversion() {
        problem(given().queryParam("page", "abc").get("/probe/list").then(), 400)
                .body("errors[0].field", equalTo("page"));
        problem(given().queryParam("colour", "PURPLE").get("/probe/list").then(), 400)
                .body("errors[0].field", equalTo("colour"));
        problem(given().queryParam("since", "yesterday").get("/probe/list").then(), 400)
                .body("errors[0].field", equalTo("since"));
    }

    @Test
    void shouldBoundPageSizeAndCheckSortFields() {
        problem(given().queryParam("size", 101).get("/probe/list").then(), 400)
                .body("errors[0].field", equalTo("size"));
        problem(given().queryParam("sort", "secret").get("/probe/list").then(), 400)
                .body("errors[0].field", equalTo("sort"));
        problem(given().queryParam("sort", "value; drop table x").get("/probe/list").then(), 400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void shouldHideInternalsOfUnexpectedFailures() {
        problem(given().get("/probe/boom").then(), 500)
                .body(not(containsString("secret")))
                .body("type", equalTo(ProblemType.INTERNAL_ERROR.uri().toString()));
    }

    @Test
    void shouldAnswerOversizedBodyWithProblem() {
        problem(given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + "x".repeat(4096) + "\", \"count\": 1}")
                .post("/probe").then(), 413);
    }

    @Test
    void shouldPageWithEnvelopeAndLinks() {
        given().queryParam("size", 10).queryParam("page", 2).get("/probe/list")
                .then().statusCode(200)
                .body("items", hasSize(10))
                .body("items[0]", equalTo(20))
                .body("totalItems", equalTo(45))
                .body("totalPages", equalTo(5))
                .header("Link", containsString("</probe/list?size=10&page=3>; rel=\"next\""))
                .header("Link", containsString("</probe/list?size=10&page=1>; rel=\"prev\""))
                .header("Link", containsString("</probe/list?size=10&page=0>; rel=\"first\""))
                .header("Link", containsString("</probe/list?size=10&page=4>; rel=\"last\""));
    }
}
