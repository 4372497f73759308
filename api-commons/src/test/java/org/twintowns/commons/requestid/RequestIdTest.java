package org.twintowns.commons.requestid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestIdTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

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
                .header("X-Request-ID", matchesPattern(UUID_PATTERN));
    }

    @Test
    void shouldReplaceInsaneRequestIdAndCarryItIntoProblems() {
        String id = given().header("X-Request-ID", "<script>alert(1)</script>")
                .get("/nowhere")
                .then().statusCode(404)
                .header("X-Request-ID", matchesPattern(UUID_PATTERN))
                .extract().header("X-Request-ID");
        given().header("X-Request-ID", "x".repeat(200)).get("/nowhere")
                .then().header("X-Request-ID", matchesPattern(UUID_PATTERN));
        given().header("X-Request-ID", id).get("/nowhere").then().body("requestId", equalTo(id));
    }

    @Test
    void shouldAcceptOnlySaneIds() {
        assertTrue(RequestIds.isSane("3f2a-ok_id:1"));
        assertFalse(RequestIds.isSane(""));
        assertFalse(RequestIds.isSane("has space"));
        assertFalse(RequestIds.isSane("line\nbreak"));
        assertFalse(RequestIds.isSane("-starts-with-dash"));
        assertFalse(RequestIds.isSane(null));
        assertFalse(RequestIds.isSane("caf\u00e9"));
        assertTrue(RequestIds.isSane("a" + "._:+/=@-".repeat(15) + "0123456"));
        assertTrue(RequestIds.isSane("x".repeat(RequestIds.MAX_LENGTH)));
        assertFalse(RequestIds.isSane("x".repeat(RequestIds.MAX_LENGTH + 1)));
    }

    @Test
    void shouldGenerateTimeOrderedVersion7Uuids() {
        long before = System.currentTimeMillis();
        UUID id = UUID.fromString(RequestIds.generate());
        long after = System.currentTimeMillis();
        assertEquals(7, id.version());
        assertEquals(2, id.variant()); // RFC 9562
        long millis = id.getMostSignificantBits() >>> 16;
        assertTrue(millis >= before && millis <= after, millis + " not within " + before + ".." + after);
        assertTrue(RequestIds.isSane(id.toString()));
    }

    @Test
    void shouldNeverGenerateTheSameIdTwice() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            assertTrue(ids.add(RequestIds.generate()));
        }
    }
}
