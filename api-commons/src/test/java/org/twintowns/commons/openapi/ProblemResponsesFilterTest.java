package org.twintowns.commons.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.junit.jupiter.api.Test;

/** A refusal documented in one line (status and description) is a problem in the contract. */
@QuarkusTest
class ProblemResponsesFilterTest {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Test
    void shouldGiveAOneLineRefusalTheProblemBody() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .rootPath("paths.'/examples-probe'.post.responses")
                .body("'409'.description", equalTo("A note with this title exists"))
                .body("'409'.content.'application/problem+json'.schema.$ref", equalTo(PROBLEM_REF));
    }

    @Test
    void shouldGiveEveryRefusalAndFailureWithoutBodyTheProblemAndLeaveTheRestAlone() {
        APIResponses responses = OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("The record"))
                .addAPIResponse("304", OASFactory.createAPIResponse().description("Not modified"))
                .addAPIResponse("404", OASFactory.createAPIResponse().description("No such record"))
                .addAPIResponse("5XX", OASFactory.createAPIResponse().description("Failed"))
                .addAPIResponse("406", OASFactory.createAPIResponse().description("Own body").content(
                        OASFactory.createContent().addMediaType("text/plain", OASFactory.createMediaType())))
                .addAPIResponse("503", OASFactory.createAPIResponse().ref("DatabaseUnavailable"));
        new ProblemResponsesFilter().filterOpenAPI(document(responses, true));

        assertNull(responses.getAPIResponse("200").getContent());
        assertNull(responses.getAPIResponse("304").getContent());
        assertEquals(PROBLEM_REF, responses.getAPIResponse("404").getContent()
                .getMediaType("application/problem+json").getSchema().getRef());
        assertEquals(PROBLEM_REF, responses.getAPIResponse("5XX").getContent()
                .getMediaType("application/problem+json").getSchema().getRef());
        assertEquals(1, responses.getAPIResponse("406").getContent().getMediaTypes().size());
        assertNull(responses.getAPIResponse("503").getContent());
    }

    @Test
    void shouldReferToNoSchemaTheDocumentLacks() {
        APIResponses responses = OASFactory.createAPIResponses()
                .addAPIResponse("404", OASFactory.createAPIResponse().description("No such record"));
        new ProblemResponsesFilter().filterOpenAPI(document(responses, false));
        assertNull(responses.getAPIResponse("404").getContent());
    }

    private static OpenAPI document(APIResponses responses, boolean withProblem) {
        Operation read = OASFactory.createOperation().responses(responses);
        return OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths().addPathItem("/records/{id}", OASFactory.createPathItem().GET(read)))
                .components(withProblem ? OASFactory.createComponents().addSchema("Problem", OASFactory.createSchema())
                        : OASFactory.createComponents());
    }
}
