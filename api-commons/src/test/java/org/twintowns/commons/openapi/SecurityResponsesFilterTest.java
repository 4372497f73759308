package org.twintowns.commons.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The shared OpenAPI settings: one bearer scheme, marked on protected operations only, with 401/403 problems. */
@QuarkusTest
class SecurityResponsesFilterTest {

    @Test
    void shouldDeclareOneBearerJwtScheme() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.bearer.bearerFormat", equalTo("JWT"));
    }

    @Test
    void shouldMarkProtectedOperationsAndDocumentTheirRefusalsAsProblems() {
        given().accept("application/json").get("/q/openapi").then()
                .rootPath("paths.'/secured-probe'.post")
                .body("security[0]", hasKey("bearer"))
                .body("responses.'401'.description", equalTo(SecurityResponsesFilter.UNAUTHORIZED))
                .body("responses.'401'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("responses.'403'.description", equalTo(SecurityResponsesFilter.FORBIDDEN))
                .body("responses.'403'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"));
    }

    @Test
    void shouldDeclarePublicReadsPublicSoThatNoDocumentRequirementApplies() {
        given().accept("application/json").get("/q/openapi").then()
                .rootPath("paths.'/secured-probe'.get")
                .body("security", hasSize(0))
                .body("responses", not(hasKey("401")));
    }
}
