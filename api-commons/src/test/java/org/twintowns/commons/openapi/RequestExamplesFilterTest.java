package org.twintowns.commons.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** A write's request example comes from META-INF/openapi-examples/<operationId>.json, and is a request it takes. */
@QuarkusTest
class RequestExamplesFilterTest {

    @Test
    void shouldPutTheFileAsTheJsonBodysExample() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .rootPath("paths.'/examples-probe'.post.requestBody.content.'application/json'.example")
                .body("title", equalTo("Summer school 2025"))
                .body("on", equalTo("2025-07-14"))
                .body("tags", contains("civic-participation", "administration"));
    }

    @Test
    void shouldLeaveAWriteWithoutAFileWithoutAnExample() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/examples-probe'.put.requestBody.content.'application/json'", not(hasKey("example")));
    }

    @Test
    void shouldAcceptItsOwnExampleAsARequest() throws IOException {
        try (InputStream example = getClass().getResourceAsStream(
                "/" + RequestExamplesFilter.FOLDER + "createProbeNote.json")) {
            given().contentType("application/json").body(example.readAllBytes()).post("/examples-probe")
                    .then().statusCode(201).body("title", equalTo("Summer school 2025"));
        }
    }

    @Test
    void shouldFindNoExampleForAnOperationWithoutAFile() {
        assertTrue(RequestExamplesFilter.example("replaceProbeNote").isEmpty());
    }
}
