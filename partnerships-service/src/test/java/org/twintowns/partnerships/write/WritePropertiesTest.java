package org.twintowns.partnerships.write;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.partnerships.write.PartnershipsWritableResources.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/**
 * Issue 18, properties 1 and 2, over every resource of this service with a PUT
 * ({@link PartnershipsWritableResources}): sending back what a GET showed changes nothing and
 * loses nothing; changing any one field, lists and nested objects included, moves the ETag and
 * updatedAt, and a second editor still holding the old ETag gets 412.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class WritePropertiesTest {

    static List<WritableResource> resources() {
        return PartnershipsWritableResources.all();
    }

    static Stream<Arguments> fieldChanges() {
        return resources().stream().flatMap(resource -> resource.changes().entrySet().stream()
                .map(change -> Arguments.of(resource, change.getKey(), change.getValue())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void shouldTakeBackWhatItAnsweredAndChangeNothing(WritableResource resource) throws IOException {
        String path = resource.create().get();
        ExtractableResponse<Response> before = read(path);
        ObjectNode body = resource.derive().apply(json(before));

        ExtractableResponse<Response> put = put(path, before.header("ETag"), body);
        assertEquals(200, put.statusCode(), () -> resource + ": " + put.asString());
        assertEquals(before.header("ETag"), put.header("ETag"), "an identical PUT keeps the version");

        ExtractableResponse<Response> after = read(path);
        assertEquals(json(before), json(after), "nothing lost, nothing changed");
        assertEquals(before.header("ETag"), after.header("ETag"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("fieldChanges")
    void shouldMoveTheVersionForAChangeOfAnyField(WritableResource resource, String field,
            UnaryOperator<ObjectNode> change) throws IOException {
        String path = resource.create().get();
        ExtractableResponse<Response> before = read(path);
        String oldEtag = before.header("ETag");
        ObjectNode body = change.apply(resource.derive().apply(json(before)));

        ExtractableResponse<Response> put = put(path, oldEtag, body);
        assertEquals(200, put.statusCode(), () -> field + ": " + put.asString());
        assertNotEquals(oldEtag, put.header("ETag"), field + " changed, so the ETag moves");

        ExtractableResponse<Response> after = read(path);
        assertEquals(put.header("ETag"), after.header("ETag"));
        assertTrue(OffsetDateTime.parse(after.path("updatedAt")).isAfter(OffsetDateTime.parse(before.path("updatedAt"))),
                field + " changed, so updatedAt moves");
        assertEquals(body, resource.derive().apply(json(after)), field + " is kept as sent");

        ExtractableResponse<Response> lost = put(path, oldEtag, resource.derive().apply(json(before)));
        assertEquals(412, lost.statusCode(), "a second editor holding the old ETag must not overwrite " + field);
    }

    private static ExtractableResponse<Response> read(String path) {
        // As an admin: who may write a resource reads all of it (a partnership's internal contacts).
        return given().auth().oauth2(TestTokens.admin()).get(path).then().statusCode(200).extract();
    }

    private static ExtractableResponse<Response> put(String path, String etag, ObjectNode body) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(body.toString()).put(path).then().extract();
    }

    private static ObjectNode json(ExtractableResponse<Response> response) throws IOException {
        return (ObjectNode) JSON.readTree(response.asString());
    }
}
