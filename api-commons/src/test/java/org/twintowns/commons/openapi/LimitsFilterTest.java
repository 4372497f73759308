package org.twintowns.commons.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.http.Idempotency;
import org.twintowns.commons.http.Languages;

/** The shared limits appear in every document: by format, and on the shared headers and parameters. */
@QuarkusTest
class LimitsFilterTest {

    private static JsonPath document() {
        return given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    private static Object parameter(JsonPath doc, String method, String name, String field) {
        return doc.get("paths.'/limits-probe" + (method.equals("get") ? "/{id}" : "") + "'." + method
                + ".parameters.find { it.name == '" + name + "' }.schema." + field);
    }

    @Test
    void shouldLimitStringsWhoseFormatFixesTheirLength() {
        JsonPath doc = document();
        given().accept("application/json").get("/q/openapi").then()
                .body("components.schemas.UUID.maxLength", equalTo(36))
                .body("components.schemas.LocalDate.maxLength", equalTo(10))
                .body("components.schemas.OffsetDateTime.maxLength", equalTo(35));
        // The same schemas, wherever they are used.
        assertEquals("#/components/schemas/UUID", parameter(doc, "get", "id", "$ref"));
    }

    @Test
    void shouldLimitTheSharedHeadersAndLang() {
        JsonPath doc = document();
        assertEquals(ETags.MAX_HEADER_LENGTH,
                parameter(doc, "get", "If-None-Match", "maxLength"));
        assertEquals(Languages.MAX_HEADER_LENGTH,
                parameter(doc, "get", "Accept-Language", "maxLength"));
        assertEquals(Languages.MAX_TAG_LENGTH, parameter(doc, "get", "lang", "maxLength"));
        assertEquals(ETags.MAX_HEADER_LENGTH, parameter(doc, "post", "If-Match", "maxLength"));
        assertEquals(Idempotency.MAX_KEY_LENGTH,
                parameter(doc, "post", Idempotency.HEADER, "maxLength"));
        assertEquals(Idempotency.KEY_PATTERN,
                parameter(doc, "post", Idempotency.HEADER, "pattern"));
    }

    @Test
    void shouldLimitStringsWhosePatternBoundsTheirLength() {
        assertEquals(2, parameter(document(), "get", "country", "maxLength"));
    }

    @Test
    void shouldNotTakeNotBlankForALengthLimit() {
        JsonPath doc = document();
        assertEquals("\\S", parameter(doc, "post", "note", "pattern"));
        assertEquals(null, parameter(doc, "post", "note", "maxLength"));
    }

    @Test
    void shouldLimitEntityTagsToAQuotedVersion() {
        given().accept("application/json").get("/q/openapi").then()
                .body("paths.'/limits-probe/{id}'.get.responses.'200'.headers.ETag.schema.maxLength",
                        equalTo(ETags.MAX_VERSION_TAG_LENGTH));
    }

    @Test
    void shouldRefuseALangLongerThanDocumented() {
        given().queryParam("lang", "x".repeat(Languages.MAX_TAG_LENGTH + 1))
                .get("/limits-probe/7d4b2c1e-5f3a-4e8b-9c6d-0a1b2c3d4e5f")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("lang"));
    }
}
