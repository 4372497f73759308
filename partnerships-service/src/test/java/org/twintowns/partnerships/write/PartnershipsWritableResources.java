package org.twintowns.partnerships.write;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.twintowns.testing.TestTokens;

/**
 * Every resource of partnerships-service with a PUT, built from the contract's create examples
 * (META-INF/openapi-examples) with every optional field filled. A new resource with a PUT joins the
 * write-property tests by joining {@link #all()}.
 */
final class PartnershipsWritableResources {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String MUNICIPALITIES = "/api/v1/municipalities";
    private static final String PARTNERSHIPS = "/api/v1/partnerships";

    private PartnershipsWritableResources() {
    }

    static List<WritableResource> all() {
        return List.of(municipality(), partnership());
    }

    static WritableResource municipality() {
        Map<String, UnaryOperator<ObjectNode>> changes = new LinkedHashMap<>();
        changes.put("name", b -> b.put("name", "Бровари " + suffix()));
        changes.put("slug", b -> b.put("slug", "brovary-" + suffix()));
        changes.put("kind", b -> b.put("kind", "MUNICIPALITY"));
        changes.put("subdivision", b -> b.put("subdivision", "UA-30"));
        changes.put("officialCode", b -> b.put("officialCode", "UA" + suffix()));
        changes.put("wikidataId", b -> b.put("wikidataId", "Q" + (100_000_000 + Math.abs(UUID.randomUUID().hashCode() % 100_000_000))));
        changes.put("population", b -> b.put("population", b.get("population").asInt() + 1));
        changes.put("populationYear", b -> b.put("populationYear", 2022));
        changes.put("coordinates", b -> b.set("coordinates", JSON.createObjectNode().put("latitude", 50.5).put("longitude", 30.8)));
        changes.put("website", b -> b.put("website", "https://example.org/brovary"));
        changes.put("otherNames (one more)", b -> {
            // After the others, where the answer sorts it (kind, language, name).
            names(b).addObject().put("name", "Бровары").put("language", "ru").put("kind", "TRANSLITERATION");
            return b;
        });
        changes.put("otherNames (a kind)", b -> {
            ((ObjectNode) names(b).get(0)).put("kind", "EXONYM");
            return b;
        });
        changes.put("otherNames (one less)", b -> {
            names(b).remove(0);
            return b;
        });
        return new WritableResource("municipality", () -> {
            ObjectNode body = example("createMunicipality");
            body.put("slug", "brovary-" + suffix());
            body.put("officialCode", "UA" + suffix());
            body.put("wikidataId", "Q" + (200_000_000 + Math.abs(UUID.randomUUID().hashCode() % 100_000_000)));
            return MUNICIPALITIES + "/" + create(MUNICIPALITIES, body);
        }, answer -> {
            ObjectNode body = answer.deepCopy();
            body.remove(List.of("id", "displayName", "mergedInto", "createdAt", "updatedAt"));
            return body;
        }, changes);
    }

    static WritableResource partnership() {
        Map<String, UnaryOperator<ObjectNode>> changes = new LinkedHashMap<>();
        changes.put("type", b -> b.put("type", "COOPERATION"));
        changes.put("title", b -> b.put("title", "Changed " + suffix()));
        changes.put("participants", b -> {
            ((ObjectNode) b.get("participants").get(0)).put("role", "OBSERVER");
            return b;
        });
        changes.put("topics", b -> {
            // Last in sorted order, where the answer lists it.
            ((ArrayNode) b.get("topics")).add("water-supply");
            return b;
        });
        changes.put("projects", b -> {
            ((ObjectNode) b.get("projects").get(0)).put("amount", 60000.00);
            return b;
        });
        changes.put("contacts (public)", b -> {
            ((ObjectNode) b.get("contacts").get(0)).put("email", "partners@example.org");
            return b;
        });
        changes.put("contacts (internal)", b -> {
            ((ObjectNode) b.get("contacts").get(1)).put("phone", "+49 3641 49-1");
            return b;
        });
        changes.put("notes", b -> b.put("notes", "Changed notes"));
        changes.put("sourceName", b -> b.put("sourceName", "Changed source"));
        changes.put("sourceUrl", b -> b.put("sourceUrl", "https://example.org/source"));
        changes.put("lastVerifiedOn", b -> b.put("lastVerifiedOn", "2024-02-01"));
        return new WritableResource("partnership", () -> {
            ObjectNode body = example("createPartnership");
            ArrayNode participants = (ArrayNode) body.get("participants");
            for (JsonNode participant : participants) {
                ((ObjectNode) participant).put("municipalityId", create(MUNICIPALITIES, JSON.createObjectNode()
                        .put("name", "Partnerstadt").put("slug", "partnerstadt-" + suffix()).put("kind", "CITY")
                        .put("country", "DE")));
            }
            ((ArrayNode) body.get("contacts")).addObject().put("role", "Mayor's office").put("phone", "+49 3641 49-0")
                    .put("internal", true);
            return PARTNERSHIPS + "/" + create(PARTNERSHIPS, body);
        }, answer -> {
            ObjectNode body = answer.deepCopy();
            body.remove(List.of("id", "status", "establishedOn", "establishedYearOnly", "lifecycle", "createdAt",
                    "updatedAt"));
            for (JsonNode participant : body.get("participants")) {
                ((ObjectNode) participant).retain("municipalityId", "role");
            }
            return body;
        }, changes);
    }

    private static ArrayNode names(ObjectNode body) {
        return (ArrayNode) body.get("otherNames");
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String create(String path, ObjectNode body) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body.toString())
                .post(path).then().statusCode(201).extract().path("id");
    }

    private static ObjectNode example(String operationId) {
        try (InputStream in = PartnershipsWritableResources.class
                .getResourceAsStream("/META-INF/openapi-examples/" + operationId + ".json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
