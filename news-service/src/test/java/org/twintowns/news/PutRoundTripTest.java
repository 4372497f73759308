package org.twintowns.news;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.marker;
import static org.twintowns.news.media.MediaFixtures.image;
import static org.twintowns.news.media.MediaFixtures.mediaPath;
import static org.twintowns.news.media.MediaFixtures.upload;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * Issue 18, properties 1 and 2, for every news-service resource with a {@code PUT}: what a client
 * reads it can send back unchanged (200, nothing lost, nothing changed), and any change to any field,
 * nested ones included, moves the ETag and {@code updatedAt}; an editor holding the old ETag then gets
 * 412. The fields come from the request schema of the served contract, so a new field fails here
 * until the test says how to change it.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class PutRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A resource with a PUT: how to make one with every optional field filled, its request schema, and
     * a different valid value for each field (a dotted name for a nested one).
     *
     * @param fixed      request fields a PUT may only repeat, and why
     * @param dependents from the resource's path, those whose representation shows it, so their ETags move with it
     */
    record Resource(String name, Supplier<String> create, String requestSchema, Map<String, Object> changes,
                    Map<String, String> fixed, Function<String, List<String>> dependents) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Resource> resources() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("headline", "Jena empfängt Delegation aus Brovary: der Bericht");
        item.put("slug", "geaendert-" + marker());
        item.put("lead", "Ein anderer Vorspann.");
        item.put("body", "<p>Ein <em>anderer</em> Text.</p>");
        item.put("language", "en");
        item.put("issuerMunicipalityId", UUID.randomUUID().toString());
        item.put("issuerName", "Büro für Städtepartnerschaften der Stadt Jena");
        item.put("pressContact.name", "Pressestelle Jena");
        item.put("pressContact.role", "Pressesprecher");
        item.put("pressContact.email", "medien@jena.de");
        item.put("pressContact.phone", "+49 3641 49-2003");
        item.put("topics", List.of("solidarity", "fire-services"));
        item.put("relatedMunicipalityIds", List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString()));
        item.put("relatedPartnershipIds", List.of(UUID.randomUUID().toString()));
        item.put("relatedEventIds", List.of(UUID.randomUUID().toString()));
        item.put("publishedAt", "2022-12-05T09:30:00Z");

        Map<String, Object> media = new LinkedHashMap<>();
        media.put("caption", "Eine andere Bildunterschrift");
        media.put("altText", "Eine andere Beschreibung");
        media.put("credit", "Foto: Pressestelle Jena");
        media.put("licence", "press use only");
        media.put("sourceUrl", "https://www.jena.de/presse/bilder");
        media.put("position", 4);

        return Stream.of(
                new Resource("news item", PutRoundTripTest::fullItem, "NewsItemRequest", item,
                        Map.of("status", "changes through POST /api/v1/news/{id}/status"), path -> List.of()),
                new Resource("news item media", () -> {
                    String itemId = fullItem().substring(PATH.length() + 1);
                    String mediaId = upload(asAdmin(), itemId, image("png", 8, 8), "a.png", "image/png",
                            "Die Delegation im Rathaus").then().statusCode(201).extract().path("id");
                    return mediaPath(itemId) + "/" + mediaId;
                }, "NewsMediaMetadata", media, Map.of(),
                        // The item lists its media.
                        path -> List.of(path.substring(0, path.indexOf("/media/")))));
    }

    /** The request example of createNewsItem with every optional field it leaves out filled in; its path. */
    private static String fullItem() {
        ObjectNode body = example("createNewsItem");
        body.put("slug", "rundreise-" + marker());
        body.put("status", "PUBLISHED");
        body.put("issuerName", "Stadt Jena");
        ((ObjectNode) body.get("pressContact")).put("role", "Pressesprecherin");
        body.putArray("topics").add("ukraine").add("medical-rehabilitation");
        body.put("publishedAt", "2022-12-02T16:00:00+01:00");
        return PATH + "/" + createAsAdmin(body.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void shouldTakeBackWhatItGaveAndMoveItsVersionWithEveryChange(Resource resource) {
        String path = resource.create().get();
        Set<String> fields = requestFields(resource.requestSchema());
        Set<String> untested = new TreeSet<>(fields);
        untested.removeAll(resource.changes().keySet());
        untested.removeAll(resource.fixed().keySet());
        assertEquals(Set.of(), untested, "fields of " + resource.requestSchema() + " that no change tries");

        Response read = asAdmin().get(path).then().statusCode(200).extract().response();
        ObjectNode sent = derive(read, fields);
        for (String field : fields) {
            assertTrue(value(sent, field) != null, resource + ": created with every field, but " + field + " is missing");
        }
        String etag = read.header("ETag");
        List<String> dependentPaths = resource.dependents().apply(path);
        Map<String, String> dependents = etags(dependentPaths);

        // Property 1: what a client read, sent back unchanged, is taken and changes nothing.
        Response same = put(path, etag, sent).then().statusCode(200).extract().response();
        assertEquals(etag, same.header("ETag"), resource + ": an identical PUT moved the version");
        assertEquals(sent, derive(asAdmin().get(path).then().extract().response(), fields), resource + " lost data");
        assertEquals(read.path("updatedAt").toString(), same.path("updatedAt").toString());
        assertEquals(dependents, etags(dependentPaths), resource + ": an identical PUT moved a dependent's ETag");

        // Property 2: every change, nested ones included, moves the ETag and updatedAt.
        String first = etag;
        for (Map.Entry<String, Object> change : resource.changes().entrySet()) {
            OffsetDateTime before = OffsetDateTime.parse(asAdmin().get(path).then().extract().path("updatedAt"));
            ObjectNode body = sent.deepCopy();
            set(body, change.getKey(), JSON.valueToTree(change.getValue()));
            Response changed = put(path, etag, body).then().statusCode(200).extract().response();
            String what = resource + ": changing " + change.getKey();
            assertNotEquals(etag, changed.header("ETag"), what + " left the ETag");
            assertTrue(OffsetDateTime.parse(changed.path("updatedAt")).isAfter(before), what + " left updatedAt");
            Map<String, String> now = etags(dependentPaths);
            dependents.forEach((dependent, old) ->
                    assertNotEquals(old, now.get(dependent), what + " left the ETag of " + dependent));
            ObjectNode stored = derive(asAdmin().get(path).then().extract().response(), fields);
            assertSameValue(value(body, change.getKey()), value(stored, change.getKey()), what);
            etag = changed.header("ETag");
            dependents = now;
            sent = stored;
        }

        // An editor who still holds the first version writes nothing.
        assertProblem(put(path, first, sent).then(), 412);
    }

    private static Response put(String path, String etag, JsonNode body) {
        return asAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(body.toString()).put(path);
    }

    /** The request body a client derives from an answer: the request schema's fields, as they were read. */
    private static ObjectNode derive(Response answer, Set<String> fields) {
        JsonNode read = readTree(answer.asString());
        ObjectNode body = JSON.createObjectNode();
        fields.stream().map(field -> field.split("\\.")[0]).distinct()
                .filter(read::has).forEach(name -> body.set(name, read.get(name)));
        return body;
    }

    /** The request schema's fields, an object's by dotted name, from the served contract. */
    private static Set<String> requestFields(String schema) {
        JsonNode schemas = readTree(given().accept("application/json").get("/q/openapi").asString())
                .path("components").path("schemas");
        Set<String> fields = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schemas.path(schema).path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode ref = field.getValue().has("$ref") ? field.getValue().get("$ref")
                    : field.getValue().path("allOf").path(0).path("$ref");
            JsonNode nested = ref.isMissingNode() ? null : schemas.path(ref.asText().replace("#/components/schemas/", ""));
            if (nested != null && nested.path("properties").size() > 0) {
                nested.path("properties").fieldNames().forEachRemaining(n -> fields.add(field.getKey() + "." + n));
            } else {
                fields.add(field.getKey());
            }
        }
        assertTrue(!fields.isEmpty(), "no schema " + schema + " in the served contract");
        return fields;
    }

    private static Map<String, String> etags(List<String> paths) {
        Map<String, String> etags = new LinkedHashMap<>();
        paths.forEach(p -> etags.put(p, asAdmin().get(p).then().statusCode(200).extract().header("ETag")));
        return etags;
    }

    private static JsonNode value(JsonNode body, String dotted) {
        JsonNode node = body;
        for (String name : dotted.split("\\.")) {
            node = node == null ? null : node.get(name);
        }
        return node;
    }

    private static void set(ObjectNode body, String dotted, JsonNode value) {
        String[] names = dotted.split("\\.");
        ObjectNode parent = body;
        for (int i = 0; i < names.length - 1; i++) {
            parent = (ObjectNode) parent.get(names[i]);
        }
        parent.set(names[names.length - 1], value);
    }

    /** Equal values; date-times are equal when they name the same instant. */
    private static void assertSameValue(JsonNode expected, JsonNode actual, String what) {
        if (expected != null && expected.isTextual() && expected.asText().matches("\\d{4}-\\d\\d-\\d\\dT.*")) {
            assertEquals(OffsetDateTime.parse(expected.asText()).toInstant(),
                    OffsetDateTime.parse(actual.asText()).toInstant(), what + " was not kept");
        } else {
            assertEquals(expected, actual, what + " was not kept");
        }
    }

    private static ObjectNode example(String operationId) {
        try (InputStream in = PutRoundTripTest.class.getResourceAsStream(
                "/META-INF/openapi-examples/" + operationId + ".json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
