package org.twintowns.system;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Holds every answer the end-to-end suite gets to the merged contract the gateway serves (built at
 * gateway/target/openapi/): a REST Assured filter validates status, headers and body of each
 * response against the operation it belongs to, and fails the request when they differ. Requests
 * are not validated (tests send invalid ones on purpose). At the end of the run the operations
 * exercised, with their statuses, are written to e2e-logs/contract-operations.txt.
 */
final class ContractValidation implements Filter, ExtensionContext.Store.CloseableResource {

    private final OpenApiInteractionValidator validator;
    private final List<Operation> operations;
    private final Set<String> exercised = new ConcurrentSkipListSet<>();
    private final java.util.concurrent.atomic.AtomicLong validations = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong validatingNanos = new java.util.concurrent.atomic.AtomicLong();
    private final Path report;

    private record Operation(String method, String template, Pattern pattern, int parameters) {
    }

    ContractValidation(Path mergedDocument, Path report) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode document = json.readTree(mergedDocument.toFile());
        this.operations = operations(document);
        this.validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(json.writeValueAsString(Oas30.downgrade(document)))
                .withLevelResolver(LevelResolver.create()
                        // Tests send malformed and refused requests on purpose: only the answers are held to the contract.
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .withLevel("validation.response", ValidationReport.Level.ERROR)
                        .build())
                .build();
        this.report = report;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String path = URI.create(request.getURI()).getRawPath();
        Operation operation = operations.stream()
                .filter(o -> o.method().equals(method) && o.pattern().matcher(path).matches())
                .findFirst().orElse(null);
        if (operation == null) {
            return response; // Not an operation of the contract (/q/health, a path that must 404, ...).
        }
        exercised.add(operation.method() + " " + operation.template() + " -> " + response.statusCode());
        long started = System.nanoTime();
        ValidationReport validation = validator.validate(RestAssuredRequest.of(request), RestAssuredResponse.of(response));
        validatingNanos.addAndGet(System.nanoTime() - started);
        validations.incrementAndGet();
        if (validation.hasErrors()) {
            throw new AssertionError("The answer to " + method + " " + path + " (" + response.statusCode()
                    + ") breaks the contract of " + operation.method() + " " + operation.template() + ":\n"
                    + validation.getMessages().stream()
                            .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                            .map(m -> "- " + m.getKey() + ": " + m.getMessage())
                            .collect(Collectors.joining("\n"))
                    + "\nbody: " + response.asString());
        }
        return response;
    }

    /** Every operation of the document, literal paths before templated ones (/news/search before /news/{id}). */
    private static List<Operation> operations(JsonNode document) {
        List<Operation> found = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                String regex = Pattern.quote(path.getKey()).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
                int parameters = path.getKey().split("\\{", -1).length - 1;
                found.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey(), Pattern.compile(regex), parameters));
            }
        }));
        found.sort(Comparator.comparingInt(Operation::parameters));
        return found;
    }

    /** Writes what was exercised, and what the contract has that no test reached. */
    @Override
    public void close() throws IOException {
        Set<String> reached = exercised.stream().map(e -> e.substring(0, e.indexOf(" -> "))).collect(Collectors.toSet());
        Set<String> missed = new TreeSet<>();
        operations.forEach(o -> {
            if (!reached.contains(o.method() + " " + o.template())) {
                missed.add(o.method() + " " + o.template());
            }
        });
        Files.createDirectories(report.getParent());
        Files.writeString(report, "# Operations the end-to-end suite exercised, each answer validated against the "
                + "merged contract (method, path, status); " + validations.get() + " answers validated in "
                + validatingNanos.get() / 1_000_000 + " ms\n"
                + String.join("\n", exercised) + "\n\n# Operations of the contract no end-to-end test reached ("
                + missed.size() + " of " + operations.size() + ")\n" + String.join("\n", missed) + "\n");
    }
}
