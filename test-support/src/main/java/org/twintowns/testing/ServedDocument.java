package org.twintowns.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The OpenAPI document the service under test serves at {@code /q/openapi}, for suites that walk its operations. */
public final class ServedDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServedDocument() {
    }

    public static JsonNode read() {
        try {
            return JSON.readTree(given().accept("application/json").get("/q/openapi").then().statusCode(200)
                    .extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema a {@code $ref} such as {@code #/components/schemas/UUID} names, or the schema itself. */
    public static JsonNode resolved(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : schema;
    }
}
