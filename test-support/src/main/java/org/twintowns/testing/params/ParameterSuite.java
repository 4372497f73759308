package org.twintowns.testing.params;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.params.ContractParameters.Operation;
import org.twintowns.testing.params.ContractParameters.Param;

/**
 * Parameters are never silently ignored, proved over every operation the service documents (so a new
 * operation is checked without new test code): an unknown query parameter on a read, a path id that
 * is not a UUID, and a date or date-time query parameter that does not parse are each a 400 that
 * names the parameter, and for a date says the form it wants; a query value outside the pattern the
 * contract declares for it is a 400 that names the parameter. Called as an administrator, so that no
 * operation answers 401 or 403 first. A service's test extends this as a {@code @QuarkusTest} with
 * the {@code TestTokens} resource.
 */
public abstract class ParameterSuite {

    private static final String UNKNOWN = "surely-unknown";
    private static final Set<String> DATES = Set.of("date", "date-time");
    /** A date in a message, such as 2024-05-01: the form the parameter wants. */
    private static final String NAMES_A_DATE = "(?s).*\\d{4}-\\d{2}-\\d{2}.*";

    private static RequestSpecification asAdmin() {
        return given().auth().oauth2(TestTokens.admin());
    }

    /**
     * As administrator, with every required query parameter at its example (so that only the parameter
     * under test is wrong) and a body of the type the operation takes (else 415 would come first).
     */
    private static RequestSpecification asAdmin(Operation operation) {
        return asAdmin(operation, null);
    }

    /** As {@link #asAdmin(Operation)}, leaving out the parameter {@code under} test (which it sends itself). */
    private static RequestSpecification asAdmin(Operation operation, String under) {
        RequestSpecification request = asAdmin();
        for (Param p : operation.parameters()) {
            if (p.in().equals("query") && p.required() && p.example() != null && !p.name().equals(under)) {
                request.queryParam(p.name(), p.example());
            }
        }
        if (operation.bodyType() == null) {
            return request;
        }
        return operation.bodyType().startsWith("multipart/")
                ? request.multiPart("file", "sample.txt", new byte[] {'x'})
                : request.contentType(operation.bodyType()).body("{}");
    }

    /**
     * The media types of the operation's answer, to ask for each: each may be served by a method of its own (a
     * list's page, its map, its calendar), and each must refuse what the operation documents.
     */
    private static List<String> answers(Operation operation) {
        return operation.answers().isEmpty() ? List.of("*/*") : operation.answers();
    }

    /** Runs one check and keeps its failure, so that one run names every operation that fails. */
    private static void expect(List<String> failures, String what, Runnable check) {
        try {
            check.run();
        } catch (AssertionError e) {
            failures.add(what + ": " + e.getMessage());
        }
    }

    private static void assertNone(List<String> failures) {
        assertTrue(failures.isEmpty(), failures.size() + " operations fail:\n" + String.join("\n", failures));
    }

    @Test
    void shouldRefuseAnUnknownQueryParameterOnEveryRead() {
        List<Operation> reads = ContractParameters.served().stream().filter(o -> o.method().equals("get")).toList();
        assertFalse(reads.isEmpty(), "the service documents no reads");
        List<String> failures = new ArrayList<>();
        for (Operation read : reads) {
            expect(failures, read + "?" + UNKNOWN, () ->
                    assertProblem(asAdmin().queryParam(UNKNOWN, 1).get(read.samplePath()).then(), 400)
                            .body("errors.field", hasItem(UNKNOWN))
                            .body("detail", containsString("accepts")));
        }
        assertNone(failures);
    }

    @Test
    void shouldRefuseAPathIdThatIsNoUuidOnEveryOperation() {
        List<String> checked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Operation operation : ContractParameters.served()) {
            for (Param p : operation.parameters()) {
                if (p.in().equals("path") && "uuid".equals(p.format())) {
                    expect(failures, operation + " " + p.name() + "=not-a-uuid", () ->
                            assertProblem(asAdmin(operation).request(operation.method(),
                                    operation.pathWith(p.name(), "not-a-uuid")).then(), 400)
                                    .body("errors.field", hasItem(p.name())));
                    checked.add(operation + " " + p.name());
                }
            }
        }
        assertFalse(checked.isEmpty(), "the service documents no path ids");
        assertNone(failures);
    }

    @Test
    void shouldSayWhichFormADateParameterWants() {
        List<String> failures = new ArrayList<>();
        for (Operation operation : ContractParameters.served()) {
            for (Param p : operation.parameters()) {
                if (p.in().equals("query") && p.format() != null && DATES.contains(p.format())) {
                    for (String accept : answers(operation)) {
                        expect(failures, operation + " " + p.name() + "=yesterday (Accept " + accept + ")", () ->
                                assertProblem(asAdmin(operation, p.name()).accept(accept).queryParam(p.name(), "yesterday")
                                        .request(operation.method(), operation.samplePath()).then(), 400)
                                        .body("errors.field", hasItem(p.name()))
                                        .body("errors.find { it.field == '" + p.name() + "' }.message",
                                                matchesPattern(NAMES_A_DATE)));
                    }
                }
            }
        }
        assertNone(failures);
    }
    /** Values of which at least one lies outside any pattern a parameter declares (none matches anywhere in them). */
    private static final List<String> OUTSIDE_PATTERNS = List.of("!", "~", " ", "%", "\u00e9");

    @Test
    void shouldRefuseAQueryValueOutsideItsDeclaredPatternOnEveryOperation() {
        List<String> checked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Operation operation : ContractParameters.served()) {
            for (Param p : operation.parameters()) {
                if (!p.in().equals("query") || p.pattern() == null) {
                    continue;
                }
                // JSON Schema's pattern is not anchored: a value is outside it when no part of it matches.
                Pattern declared = Pattern.compile(p.pattern());
                String outside = OUTSIDE_PATTERNS.stream().filter(v -> !declared.matcher(v).find()).findFirst()
                        .orElse(null);
                if (outside == null) {
                    continue;
                }
                // Each media type of the answer may be a method of its own (a list's page, its map, its calendar):
                // each must refuse what the operation documents, whether or not that answer uses it.
                for (String accept : answers(operation)) {
                    expect(failures, operation + " " + p.name() + "=" + outside + " (pattern " + p.pattern()
                            + ", Accept " + accept + ")", () ->
                            assertProblem(asAdmin(operation, p.name()).accept(accept).queryParam(p.name(), outside)
                                    .request(operation.method(), operation.samplePath()).then(), 400)
                                    // An array's item is named by its index: type[0].
                                    .body("errors.field", hasItem(anyOf(equalTo(p.name()), startsWith(p.name() + "[")))));
                }
                checked.add(operation + " " + p.name());
            }
        }
        System.out.println("Query parameters checked against their patterns: " + checked);
        assertNone(failures);
    }
}
