package org.twintowns.partnerships.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.partnerships.partnership.PartnershipApi.PARTNERSHIPS;
import static org.twintowns.partnerships.partnership.PartnershipApi.municipality;
import static org.twintowns.partnerships.partnership.PartnershipApi.partnership;
import static org.twintowns.partnerships.partnership.PartnershipApi.uniqueTopic;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.ListEndpointSuite;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sql.SqlStatements;

/** The partnership map: GeoJSON (RFC 7946) on the list endpoint when a client asks for it. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class PartnershipGeoJsonTest {

    private static final String GEO_JSON = "application/geo+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MunicipalityFixtures fixtures;

    private String placed(String name, String country, double latitude, double longitude) {
        String id = municipality(name, country, null);
        fixtures.place(id, latitude, longitude);
        return id;
    }

    private static JsonNode map(String topic) throws Exception {
        Response response = given().accept(GEO_JSON).queryParam("topic", topic).get(PARTNERSHIPS);
        response.then().statusCode(200).contentType(startsWith(GEO_JSON));
        return JSON.readTree(response.asString());
    }

    @Test
    void shouldDrawOneOrManyPartnershipsInTheSameFewStatements() {
        String one = uniqueTopic();
        String several = uniqueTopic();
        String jena = placed("Jena", "DE", 50.92705468, 11.5892372);
        partnership("TWINNING", "\"topics\": [\"%s\"]".formatted(one), jena, placed("Erlangen", "DE", 49.59, 11.0));
        for (int i = 0; i < 3; i++) {
            partnership("TWINNING", "\"topics\": [\"%s\"]".formatted(several), jena,
                    placed("Partner " + i, "PL", 52.0 + i, 21.0));
        }
        SqlStatements.assertSameFew("the partnership map", ListEndpointSuite.MAX_LIST_STATEMENTS,
                () -> assertEquals(1, features(one)), () -> assertEquals(3, features(several)));
    }

    private static int features(String topic) {
        return given().accept(GEO_JSON).header("Accept-Language", "de").queryParam("topic", topic).get(PARTNERSHIPS)
                .then().statusCode(200).extract().jsonPath().getList("features").size();
    }

    @Test
    void shouldDrawTwoPartnersAsLineStringWithLongitudeFirst() throws Exception {
        String topic = uniqueTopic();
        String jena = placed("Jena", "DE", 50.92705468, 11.5892372);
        String brovary = placed("Brovary", "UA", 50.5111, 30.7903);
        String id = partnership("SOLIDARITY", """
                "topics": ["%s"], "establishedOn": "2022-09-28\"""".formatted(topic), jena, brovary);

        JsonNode collection = map(topic);

        assertEquals("FeatureCollection", collection.path("type").asText());
        assertEquals(1, collection.path("features").size());
        JsonNode feature = collection.path("features").get(0);
        assertEquals("Feature", feature.path("type").asText());
        assertEquals(id, feature.path("id").asText());
        assertEquals("LineString", feature.path("geometry").path("type").asText());
        JsonNode coordinates = feature.path("geometry").path("coordinates");
        assertEquals(2, coordinates.size());
        // [longitude, latitude], rounded half up to 5 decimals (the default precision).
        assertEquals(11.58924, coordinates.get(0).get(0).asDouble(), 0);
        assertEquals(50.92705, coordinates.get(0).get(1).asDouble(), 0);
        assertEquals(30.7903, coordinates.get(1).get(0).asDouble(), 0);
        assertEquals(50.5111, coordinates.get(1).get(1).asDouble(), 0);
        JsonNode properties = feature.path("properties");
        assertEquals(id, properties.path("id").asText());
        assertEquals("SOLIDARITY", properties.path("type").asText());
        assertEquals("ACTIVE", properties.path("status").asText());
        assertEquals("2022-09-28", properties.path("establishedOn").asText());
        assertEquals("Jena", properties.path("participants").get(0).path("name").asText());
        assertEquals(brovary, properties.path("participants").get(1).path("municipalityId").asText());
    }

    @Test
    void shouldDrawThreeWayPartnershipAsMultiLineStringJoiningEveryPair() throws Exception {
        String topic = uniqueTopic();
        String brovary = placed("Brovary", "UA", 50.5111, 30.7903);
        String boryspil = placed("Boryspil", "UA", 50.3527, 30.955);
        String jena = placed("Jena", "DE", 50.927054, 11.589237);
        partnership("COOPERATION", "\"topics\": [\"" + topic + "\"]", brovary, boryspil, jena);

        JsonNode geometry = map(topic).path("features").get(0).path("geometry");

        assertEquals("MultiLineString", geometry.path("type").asText());
        JsonNode lines = geometry.path("coordinates");
        assertEquals(3, lines.size());
        assertEquals("[[30.7903,50.5111],[30.955,50.3527]]", lines.get(0).toString());
        assertEquals("[[30.7903,50.5111],[11.58924,50.92705]]", lines.get(1).toString());
        assertEquals("[[30.955,50.3527],[11.58924,50.92705]]", lines.get(2).toString());
    }

    @Test
    void shouldLeaveOutParticipantsWithoutCoordinates() throws Exception {
        String topic = uniqueTopic();
        String kassel = placed("Kassel", "DE", 51.3127, 9.4797);
        String novyUrengoy = placed("Novy Urengoy", "RU", 66.0833, 76.6333);
        String unplaced = municipality("Unplaced", "RU", null);
        String alsoUnplaced = municipality("Also unplaced", "DE", null);
        String drawn = partnership("COOPERATION", "\"topics\": [\"" + topic + "\"]", kassel, novyUrengoy, unplaced);
        partnership("CONTACT", "\"topics\": [\"" + topic + "\"]", kassel, alsoUnplaced);

        JsonNode features = map(topic).path("features");

        assertEquals(1, features.size());
        assertEquals(drawn, features.get(0).path("id").asText());
        assertEquals("LineString", features.get(0).path("geometry").path("type").asText());
        // The properties still name every participant.
        assertEquals(3, features.get(0).path("properties").path("participants").size());
    }

    @Test
    void shouldAnswerEmptyCollectionWhenNothingMatches() throws Exception {
        JsonNode collection = map(uniqueTopic());
        assertEquals("FeatureCollection", collection.path("type").asText());
        assertEquals(0, collection.path("features").size());
    }

    @Test
    void shouldKeepJsonAsDefaultRepresentation() {
        String topic = uniqueTopic();
        partnership("TWINNING", "\"topics\": [\"" + topic + "\"]",
                placed("Jena", "DE", 50.9, 11.6), placed("Erlangen", "DE", 49.6, 11.0));
        given().queryParam("topic", topic).get(PARTNERSHIPS).then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("items", hasSize(1));
        given().accept("*/*").queryParam("topic", topic).get(PARTNERSHIPS).then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("totalItems", equalTo(1));
        given().accept("application/json").queryParam("topic", topic).get(PARTNERSHIPS).then()
                .contentType(startsWith("application/json"))
                .body("items.type", contains("TWINNING"));
    }

    @Test
    void shouldAnswerInvalidFilterWithProblemDetails() {
        assertProblem(given().accept(GEO_JSON).queryParam("foundedFrom", 2000).queryParam("foundedTo", 1990)
                .get(PARTNERSHIPS).then(), 400)
                .body("errors[0].field", equalTo("foundedTo"));
    }
}
