package org.twintowns.commons.requestid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestIdTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void shouldEchoSaneRequestId() {
        given().header("X-Request-ID", "client-42.abc")
                .get("/probe/list")
                .then().statusCode(200)
                .header("X-Request-ID", equalTo("client-42.abc"));
    }

    @Test
    void shouldGenerateRequestIdWhenMissing() {
        given().get("/probe/list")
                .then().statusCode(200)
                .header("X-Request-ID", matchesPattern(UUID));
    }

    @Test
    void shouldReplaceInsaneRequestIdAndCarryItIntoProblems() {
        String id = given().header("X-Request-ID", "<script>alert(1)</script>")
                .get("/nowhere")
                .then().statusCode(404)
                .header("X-Request-ID", matchesPattern(UUID))
                .extract().header("X-Request-ID");
        given().header("X-Request-ID", "x".repeat(200)).get("/nowhere")
                .then().header("X-Request-ID", matchesPattern(UUID));
        given().header("X-Request-ID", id).get("/nowhere").then().body("requestId", equalTo(id));
    }

    @Test
    void shouldAcceptOnlySaneIds() {
        assertTrue(RequestIds.isSane("3f2a-ok_id:1"));
        assertFalse(RequestIds.isSane(""));
        assertFalse(RequestIds.isSane("has space"));
        assertFalse(RequestIds.isSane("line\nbreak"));
        assertFalse(RequestIds.isSane("-starts-with-dash"));
    }
}
