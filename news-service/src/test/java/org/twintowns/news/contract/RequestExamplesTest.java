package org.twintowns.news.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.asEditorOf;
import static org.twintowns.news.NewsFixtures.item;
import static org.twintowns.news.NewsFixtures.marker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.openapi.RequestExamplesFilter;
import org.twintowns.news.StubReferences;
import org.twintowns.news.media.MediaFixtures;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/**
 * The request examples the contract shows (from {@code META-INF/openapi-examples/<operationId>.json})
 * are requests the service accepts: each is sent, as it stands, by an editor of the municipality it
 * names, to an item of that municipality. Every referenced record exists here (StubReferences).
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(StubReferences.class)
class RequestExamplesTest {

    private static final String JSON_BODY = "/requestBody/content/application~1json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldServeAnExampleForEveryOperationThatTakesJsonAndKeepNoOther() throws IOException, URISyntaxException {
        Set<String> takingJson = new TreeSet<>();
        served().get("paths").forEach(path -> path.forEach(operation -> {
            if (operation.at(JSON_BODY).isObject()) {
                takingJson.add(operation.get("operationId").asText());
                assertTrue(operation.at(JSON_BODY + "/example").isObject(), "no example for " + operation);
            }
        }));
        URL folder = Thread.currentThread().getContextClassLoader().getResource(RequestExamplesFilter.FOLDER);
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            assertEquals(takingJson, files.map(file -> file.getFileName().toString().replaceFirst("\\.json$", ""))
                    .collect(Collectors.toCollection(TreeSet::new)), "the example files and the operations that take JSON differ");
        }
    }

    @Test
    void shouldCreateTheCreateExample() {
        JsonNode example = example("createNewsItem");
        asEditorOf(issuerOf(example)).contentType(ContentType.JSON).body(example.toString()).post(PATH)
                .then().statusCode(201)
                .body("headline", equalTo(example.get("headline").asText()))
                .body("relatedEventIds[0]", equalTo(example.get("relatedEventIds").get(0).asText()));
    }

    @Test
    void shouldReplaceAnItemWithTheUpdateExample() {
        JsonNode example = example("updateNewsItem");
        UUID issuer = issuerOf(example);
        String id = draftOf(issuer);
        asEditorOf(issuer).contentType(ContentType.JSON).header("If-Match", etag(issuer, PATH + "/" + id))
                .body(example.toString()).put(PATH + "/" + id)
                .then().statusCode(200)
                .body("headline", equalTo(example.get("headline").asText()))
                .body("pressContact.role", equalTo(example.get("pressContact").get("role").asText()));
    }

    @Test
    void shouldMoveADraftWithTheStatusExample() {
        JsonNode example = example("changeNewsItemStatus");
        UUID issuer = issuerOf(example("createNewsItem"));
        String id = draftOf(issuer);
        asEditorOf(issuer).contentType(ContentType.JSON).header("If-Match", etag(issuer, PATH + "/" + id))
                .body(example.toString()).post(PATH + "/" + id + "/status")
                .then().statusCode(200)
                .body("status", equalTo(example.get("status").asText()));
    }

    @Test
    void shouldDescribeAnImageWithTheMediaExample() {
        JsonNode example = example("updateNewsItemMedia");
        UUID issuer = issuerOf(example("createNewsItem"));
        String id = draftOf(issuer);
        String mediaId = MediaFixtures.upload(asEditorOf(issuer), id, MediaFixtures.image("png", 4, 4), "a.png",
                "image/png", null).then().statusCode(201).extract().path("id");
        String media = MediaFixtures.mediaPath(id) + "/" + mediaId;
        asEditorOf(issuer).contentType(ContentType.JSON).header("If-Match", etag(issuer, media))
                .body(example.toString()).put(media)
                .then().statusCode(200)
                .body("credit", equalTo(example.get("credit").asText()))
                .body("licence", equalTo(example.get("licence").asText()));
    }

    /** The service's own OpenAPI document, as clients read it. */
    private static JsonNode served() {
        try {
            return JSON.readTree(given().accept("application/json").get("/q/openapi")
                    .then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request example the contract shows for an operation. */
    private static JsonNode example(String operationId) {
        for (JsonNode path : served().get("paths")) {
            for (JsonNode operation : path) {
                if (operationId.equals(operation.path("operationId").asText())) {
                    return operation.at(JSON_BODY + "/example");
                }
            }
        }
        throw new AssertionError("No operation " + operationId);
    }

    /** The municipality an example's item is issued by: its editors are the ones who send it. */
    private static UUID issuerOf(JsonNode example) {
        return UUID.fromString(example.get("issuerMunicipalityId").asText());
    }

    /** A draft of this issuer, written by one of its editors; answers its id. */
    private static String draftOf(UUID issuer) {
        Response created = asEditorOf(issuer).contentType(ContentType.JSON)
                .body(item("Entwurf " + marker(), issuer, "")).post(PATH);
        return created.then().statusCode(201).extract().path("id");
    }

    private static String etag(UUID issuer, String path) {
        return asEditorOf(issuer).get(path).then().statusCode(200).extract().header("ETag");
    }
}
