package org.twintowns.testing.input;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.twintowns.commons.input.StorableJson;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.commons.text.StorableText;
import org.twintowns.testing.TestTokens;

/**
 * Properties every operation of a service holds, for every place its contract says it takes text:
 * a NUL there is refused with 400 validation-failed naming the place (PostgreSQL cannot store it),
 * and a JSON body nested deeper than the platform reads is 400 malformed-request-body, never a 5xx.
 * Requests go as an admin, so that no authorization check answers first. A service's suite extends
 * this as a {@code @QuarkusTest}.
 */
public abstract class UnstorableTextSuite {

    private static final String VALIDATION_FAILED = ProblemType.VALIDATION_FAILED.uri().toString();
    private static final String MALFORMED = ProblemType.MALFORMED_BODY.uri().toString();
    /** Deeper than the platform reads, shallower than Jackson's own limit of 1000. */
    private static final int TOO_DEEP = StorableJson.MAX_NESTING_DEPTH + 1;

    // Dynamic tests: the cases come from the running service's OpenAPI document, which parameterized
    // tests would read before Quarkus has started it.
    @TestFactory
    Stream<DynamicTest> shouldRefuseNulNamingWhereItCameIn() {
        List<TextInputCase> cases = TextInputs.documented().cases();
        assertFalse(cases.isEmpty(), "the contract documents no text input at all");
        return cases.stream().map(input -> DynamicTest.dynamicTest(input.toString(), () -> refuseNul(input)));
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseJsonNestedTooDeepAsMalformed() {
        return TextInputs.documented().jsonBodies().stream()
                .map(input -> DynamicTest.dynamicTest(input.toString(), () -> refuseDeep(input)));
    }

    /** Each representation must refuse the NUL or not read the parameter at all; at least one reads it. */
    private static void refuseNul(TextInputCase input) {
        List<String> answers = new ArrayList<>();
        boolean refused = false;
        for (String accept : input.accepts()) {
            Response response = send(input, accept);
            answers.add(accept + ": " + response.statusCode() + " " + response.asString());
            assertTrue(response.statusCode() < 500, input + " failed: " + answers);
            boolean inBody = !input.location().equals("query") && !input.location().equals("path");
            if (inBody || response.statusCode() == 400) {
                try {
                    assertProblem(response.then(), 400)
                            .body("type", equalTo(VALIDATION_FAILED))
                            // A String is refused as unstorable; an enum, date or id documented as a string
                            // fails its own conversion first. Either way the client is told where.
                            .body("errors[0].field", equalTo(input.field()))
                            .body("errors[0].message", anyOf(equalTo(StorableText.REFUSAL),
                                    equalTo("has a value of the wrong format or type")));
                    refused = true;
                } catch (AssertionError e) {
                    throw new AssertionError(input + " answered " + answers, e);
                }
            }
        }
        assertTrue(refused, input + " was refused in no representation: " + answers);
    }

    private static Response send(TextInputCase input, String accept) {
        RequestSpecification request = given().auth().oauth2(TestTokens.admin()).urlEncodingEnabled(false)
                .accept(accept);
        String path = input.path();
        for (Map.Entry<String, Object> value : input.pathValues().entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue().toString());
        }
        switch (input.location()) {
            case "query" -> path += "?" + input.name() + "=a%00b";
            case "path" -> { }
            case "json" -> request.contentType("application/json").body("{\"" + input.name() + "\": \"a\\u0000b\"}");
            case "json-list" -> request.contentType("application/json")
                    .body("{\"" + input.name() + "\": [\"a\\u0000b\"]}");
            case "json-map" -> request.contentType("application/json")
                    .body("{\"" + input.name() + "\": {\"de\": \"a\\u0000b\"}}");
            case "multipart" -> request.multiPart(input.name(), "a\u0000b");
            default -> throw new IllegalArgumentException(input.location());
        }
        if (input.location().equals("query") || input.location().equals("path")) {
            // A well-formed, empty body: the operation must refuse the parameter, not the missing body.
            if ("json".equals(input.body())) {
                request.contentType("application/json").body("{}");
            } else if ("multipart".equals(input.body())) {
                request.multiPart("unused", "x");
            } else if (input.body() != null) {
                // A file upload (text/csv, say): one byte of it.
                request.contentType(input.body()).body("x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return request.request(input.method(), path);
    }

    private static void refuseDeep(TextInputCase input) {
        String path = input.path();
        for (Map.Entry<String, Object> value : input.pathValues().entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue().toString());
        }
        // Under a member no request knows, which Jackson skips: it must still read every level.
        String deep = "{\"zzUnknown\": " + "[".repeat(TOO_DEEP) + "]".repeat(TOO_DEEP) + "}";
        for (String body : List.of(deep, "[".repeat(1001) + "]".repeat(1001))) {
            assertProblem(given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                    .request(input.method(), path).then(), 400)
                    .body("type", equalTo(MALFORMED));
        }
    }
}
