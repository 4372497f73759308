package org.twintowns.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds a service to its request examples ({@code META-INF/openapi-examples/<operationId>.json},
 * which api-commons' RequestExamplesFilter puts into the contract): every operation that takes a
 * JSON body has one, and no file names an operation that does not. Extend it in a
 * {@code @QuarkusTest} class of the service, which then sends each example with {@link #example}
 * and shows that the service takes it.
 */
public abstract class RequestExamplesCheck {

    /** Where a service keeps its examples (RequestExamplesFilter.FOLDER). */
    public static final String FOLDER = "META-INF/openapi-examples/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldHaveAnExampleForEveryOperationThatTakesJsonAndNoOther() throws IOException, URISyntaxException {
        JsonNode paths = JSON.readTree(given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().asString()).get("paths");
        Set<String> takingJson = new TreeSet<>();
        paths.forEach(path -> path.forEach(operation -> {
            if (operation.at("/requestBody/content").has("application/json")) {
                takingJson.add(operation.path("operationId").asText());
            }
        }));
        URL folder = Thread.currentThread().getContextClassLoader().getResource(FOLDER);
        Set<String> examples = new TreeSet<>();
        if (folder != null) {
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                examples = files.map(file -> file.getFileName().toString().replaceFirst("\\.json$", ""))
                        .collect(Collectors.toCollection(TreeSet::new));
            }
        }
        assertEquals(takingJson, examples, "operations that take JSON, and the examples in " + FOLDER);
    }

    /** The request example of an operation, as the contract shows it. */
    protected static JsonNode example(String operationId) {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(FOLDER + operationId + ".json")) {
            if (in == null) {
                throw new AssertionError("No request example " + FOLDER + operationId + ".json");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
