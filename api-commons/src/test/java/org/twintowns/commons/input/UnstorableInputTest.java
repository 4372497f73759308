package org.twintowns.commons.input;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.commons.text.StorableText;

/** Text that cannot be stored (NUL, half a surrogate pair) is refused wherever it comes in, naming where. */
@QuarkusTest
class UnstorableInputTest {

    private static ValidatableResponse refused(ValidatableResponse response, String field) {
        return response.statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.VALIDATION_FAILED.uri().toString()))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(StorableText.REFUSAL));
    }

    @Test
    void shouldAcceptOrdinaryTextEverywhere() {
        given().queryParam("q", "Jena ✓ 𝄞").header("X-Note", "ok").get("/input-probe/jena").then().statusCode(200)
                .body("[1]", equalTo("Jena ✓ 𝄞"));
    }

    @Test
    void shouldRefuseNulInAQueryParameter() {
        refused(given().urlEncodingEnabled(false).get("/input-probe/jena?q=a%00b").then(), "q");
    }

    @Test
    void shouldRefuseNulInOneOfARepeatedQueryParameter() {
        refused(given().urlEncodingEnabled(false).get("/input-probe/jena?tag=a&tag=%00").then(), "tag");
    }

    @Test
    void shouldRefuseNulInAPathParameter() {
        refused(given().urlEncodingEnabled(false).get("/input-probe/%00").then(), "slug");
    }

    @Test
    void shouldRefuseNulInAHeader() throws IOException {
        // HTTP clients refuse to send a NUL in a header; a raw request shows that the HTTP codec refuses
        // it before any resource (or StorableTextParameters, which would) sees it.
        String response = RawHttp.exchange("GET /input-probe/jena HTTP/1.1\r\nHost: localhost\r\nX-Note: a\u0000b\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 400"), response);
    }

    @Test
    void shouldRefuseNulInAJsonString() {
        refused(given().contentType(ContentType.JSON).body("{\"name\": \"a\\u0000b\"}").post("/input-probe").then(),
                "name");
    }

    @Test
    void shouldRefuseAnEscapedLoneSurrogateInAJsonString() {
        refused(given().contentType(ContentType.JSON).body("{\"tags\": [\"ok\", \"\\ud800\"]}")
                .post("/input-probe").then(), "tags[1]");
    }

    @Test
    void shouldRefuseALoneSurrogateEncodedAsUtf8InAJsonString() {
        byte[] body = "{\"name\": \"a_b\"}".getBytes(StandardCharsets.UTF_8);
        // CESU-style UTF-8 of U+D800: a decoder that does not check surrogates yields half a pair.
        byte[] withSurrogate = new byte[body.length + 2];
        int at = new String(body, StandardCharsets.UTF_8).indexOf('_');
        System.arraycopy(body, 0, withSurrogate, 0, at);
        withSurrogate[at] = (byte) 0xED;
        withSurrogate[at + 1] = (byte) 0xA0;
        withSurrogate[at + 2] = (byte) 0x80;
        System.arraycopy(body, at + 1, withSurrogate, at + 3, body.length - at - 1);
        ValidatableResponse response = given().contentType(ContentType.JSON).body(withSurrogate)
                .post("/input-probe").then();
        // Either refused as unstorable or as malformed UTF-8; never accepted, never a 5xx.
        response.statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldRefuseNulInAMapValueAndAMapKey() {
        refused(given().contentType(ContentType.JSON).body("{\"names\": {\"de\": \"\\u0000\"}}")
                .post("/input-probe").then(), "names.de");
        given().contentType(ContentType.JSON).body("{\"names\": {\"d\\u0000e\": \"Jena\"}}").post("/input-probe")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.VALIDATION_FAILED.uri().toString()))
                .body("errors[0].message", equalTo(StorableText.REFUSAL));
    }

    @Test
    void shouldRefuseNulInAFormField() {
        refused(given().contentType(ContentType.URLENC).formParam("title", "a\u0000b").post("/input-probe/form")
                .then(), "title");
    }

    @Test
    void shouldRefuseNulInAMultipartField() {
        refused(given().multiPart("credit", "a\u0000b").post("/input-probe/multipart").then(), "credit");
    }

    @Test
    void shouldRefuseJsonNestedDeeperThanTheLimitAsMalformed() {
        String deep = "{\"a\": ".repeat(StorableJson.MAX_NESTING_DEPTH + 1) + "1"
                + "}".repeat(StorableJson.MAX_NESTING_DEPTH + 1);
        for (String body : new String[] {deep, "{\"name\": \"x\", \"count\": 1, \"extra\": " + deep + "}",
                "{\"extra\": " + "[".repeat(1001) + "]".repeat(1001) + "}"}) {
            given().contentType(ContentType.JSON).body(body).post("/input-probe/deep").then()
                    .statusCode(400).contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo(ProblemType.MALFORMED_BODY.uri().toString()));
        }
    }

    @Test
    void shouldAcceptJsonNestedUpToTheLimit() {
        String deep = "{\"a\": ".repeat(StorableJson.MAX_NESTING_DEPTH - 2) + "1"
                + "}".repeat(StorableJson.MAX_NESTING_DEPTH - 2);
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"count\": 1, \"extra\": " + deep + "}")
                .post("/input-probe/deep").then().statusCode(200);
    }

    @Test
    void shouldRefuseANumberOutOfRangeAsAProblem() {
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"count\": 99999999999999999999}")
                .post("/input-probe/deep").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }
}
