package org.twintowns.partnerships.map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.geo.RfcGeoJson;

/**
 * Both GeoJSON maps (municipalities and partnerships) under every precision and detail: valid RFC 7946,
 * read with Groovy's JSON parser (not the Jackson that wrote it), each coordinate the stored one rounded
 * half up; a bounding box keeps what lies in it; a bad box or precision is a 400 naming the parameter.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class MapGeoJsonTest {

    private static final String GEO_JSON = "application/geo+json";
    // JsonPath reads with Groovy's JsonSlurper, whatever the service wrote with.
    private static final JsonPathConfig DECIMALS = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    // Half-way cases at five decimals (x.xxxxx5) that binary doubles round the wrong way (7.123455 * 1e5 < 712345.5).
    private static final double[][] PLACES = {{-35.123455, -140.123455}, {-35.2, -140.000001}, {-38.9876543, 170.4}};
    private static final Set<String> MINIMAL_MUNICIPALITY = Set.of("name", "displayName", "slug");
    private static final Set<String> MINIMAL_PARTNERSHIP = Set.of("id", "type", "status", "title");

    // The places all tests read, made once by the first (the tokens are not there yet in a @BeforeAll).
    private static final String TAG = "Kartenort" + UUID.randomUUID().toString().substring(0, 8);
    private static final String TOPIC = "map-" + UUID.randomUUID().toString().substring(0, 8);
    private static final List<String> IDS = new ArrayList<>();

    /** The two maps, each scoped to this class's data. */
    private enum Map2 {
        MUNICIPALITIES("/api/v1/municipalities", "q"), PARTNERSHIPS("/api/v1/partnerships", "topic");

        final String path;
        final String scope;

        Map2(String path, String scope) {
            this.path = path;
            this.scope = scope;
        }
    }

    private static synchronized void createPlaces() {
        if (!IDS.isEmpty()) {
            return;
        }
        for (int i = 0; i < PLACES.length; i++) {
            IDS.add(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                    {"name": "%s %d", "kind": "CITY", "country": "NZ",
                     "coordinates": {"latitude": %s, "longitude": %s}}""".formatted(TAG, i, PLACES[i][0], PLACES[i][1]))
                    .post("/api/v1/municipalities").then().statusCode(201).extract().path("id"));
        }
        // One line from place 0 to place 2, one from place 1 to place 2.
        for (int from = 0; from < 2; from++) {
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                    {"type": "FRIENDSHIP", "topics": ["%s"], "sourceName": "Test fixture", "title": "Linie %d",
                     "participants": [{"municipalityId": "%s"}, {"municipalityId": "%s"}]}"""
                    .formatted(TOPIC, from, IDS.get(from), IDS.get(2)))
                    .post("/api/v1/partnerships").then().statusCode(201);
        }
    }

    private static Response get(Map2 map, Map<String, ?> parameters) {
        createPlaces();
        return given().accept(GEO_JSON).queryParam(map.scope, map == Map2.MUNICIPALITIES ? TAG : TOPIC)
                .queryParams(parameters).get(map.path);
    }

    @Test
    void shouldServeValidGeoJsonRoundedHalfUpAtEveryPrecision() {
        Set<BigDecimal> stored = new HashSet<>();
        for (double[] place : PLACES) {
            stored.add(BigDecimal.valueOf(place[0]));
            stored.add(BigDecimal.valueOf(place[1]));
        }
        for (Map2 map : Map2.values()) {
            for (String detail : List.of("FULL", "MINIMAL")) {
                for (int precision = 0; precision <= 7; precision++) {
                    Response response = get(map, Map.of("precision", precision, "properties", detail));
                    response.then().statusCode(200).contentType(GEO_JSON);
                    String body = response.asString();
                    List<BigDecimal> positions = RfcGeoJson.positions(new JsonPath(body).using(DECIMALS).get("$"));
                    assertEquals(map == Map2.MUNICIPALITIES ? 6 : 8, positions.size(), map + " " + precision);
                    for (BigDecimal value : positions) {
                        int decimals = precision;
                        assertTrue(stored.stream().anyMatch(s -> s.setScale(decimals, RoundingMode.HALF_UP)
                                .compareTo(value) == 0), value + " is no stored coordinate rounded to " + precision);
                    }
                    // The text itself: no more decimals than asked for, no exponents, no 1.0000000001.
                    Matcher number = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?").matcher(
                            body.replaceAll("\"[^\"]*\"", "\"\""));
                    while (number.find()) {
                        assertTrue(number.group(2) == null
                                && (number.group(1) == null || number.group(1).length() - 1 <= Math.max(precision, 0)),
                                number.group() + " at precision " + precision);
                    }
                    if (detail.equals("MINIMAL")) {
                        Set<String> allowed = map == Map2.MUNICIPALITIES ? MINIMAL_MUNICIPALITY : MINIMAL_PARTNERSHIP;
                        List<Map<String, ?>> properties = new JsonPath(body).getList("features.properties");
                        properties.forEach(p -> assertTrue(allowed.containsAll(p.keySet()), p.keySet().toString()));
                    }
                }
            }
        }
    }

    @Test
    void shouldKeepOnlyWhatLiesInTheBox() {
        // Edges count: place 0 lies on the west and south edge of this box.
        String box = "-140.123455,-35.123455,-139.9,-35.1";
        get(Map2.MUNICIPALITIES, Map.of("bbox", box)).then().statusCode(200)
                .body("features.id", equalTo(List.of(IDS.get(0))));
        // A line is drawn when one end lies in the box, however far the other.
        get(Map2.PARTNERSHIPS, Map.of("bbox", box)).then().statusCode(200)
                .body("features.properties.title", equalTo(List.of("Linie 0")));
        get(Map2.MUNICIPALITIES, Map.of("bbox", "-180,-90,180,90")).then().statusCode(200)
                .body("features.size()", equalTo(3));
        get(Map2.PARTNERSHIPS, Map.of("bbox", "0,0,1,1")).then().statusCode(200)
                .body("features.size()", equalTo(0));
    }

    @Test
    void shouldRefuseBadBoxesAndPrecisionsNamingTheParameter() {
        List<List<String>> bad = List.of(List.of("bbox", "1,2,3"), List.of("bbox", "a,b,c,d"),
                List.of("bbox", "-181,0,0,1"), List.of("bbox", "0,-91,1,0"), List.of("bbox", "170,-10,-170,10"),
                List.of("bbox", "0,10,1,0"), List.of("bbox", "NaN,0,1,1"), List.of("bbox", "1e3,0,1,1"),
                List.of("precision", "8"), List.of("precision", "-1"));
        for (Map2 map : Map2.values()) {
            for (List<String> parameter : bad) {
                assertProblem(get(map, Map.of(parameter.get(0), parameter.get(1))).then(), 400)
                        .body("errors[0].field", equalTo(parameter.get(0)));
            }
        }
    }
}
