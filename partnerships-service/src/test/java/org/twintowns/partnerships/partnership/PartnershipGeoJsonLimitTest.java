package org.twintowns.partnerships.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.twintowns.partnerships.partnership.PartnershipApi.PARTNERSHIPS;
import static org.twintowns.partnerships.partnership.PartnershipApi.municipality;
import static org.twintowns.partnerships.partnership.PartnershipApi.partnership;
import static org.twintowns.partnerships.partnership.PartnershipApi.uniqueTopic;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/** The GeoJSON map is not paged, so it refuses filters that match more than its limit (here lowered to 2). */
@QuarkusTest
@TestProfile(PartnershipGeoJsonLimitTest.SmallMaps.class)
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class PartnershipGeoJsonLimitTest {

    /** A limit small enough to reach in a test. */
    public static class SmallMaps implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("partnerships.geojson.max-features", "2");
        }
    }

    @Test
    void shouldRefuseMapOfMoreThanLimitAskingToNarrowFilter() {
        String topic = uniqueTopic();
        String hub = municipality("Wolfsburg", "DE", "DE-NI");
        for (String partner : new String[] {"Toyohashi", "Jendouba", "Pesaro-Urbino"}) {
            partnership("TWINNING", "\"topics\": [\"" + topic + "\"]", hub, municipality(partner, "IT", null));
        }

        assertProblem(given().accept("application/geo+json").queryParam("topic", topic).get(PARTNERSHIPS).then(), 400)
                .body("type", equalTo("https://twintowns.org/problems/too-many-results"))
                .body("detail", containsString("Narrow the filter"));
        given().accept("application/geo+json").queryParam("topic", topic).queryParam("size", 2)
                .queryParam("type", "FRIENDSHIP").get(PARTNERSHIPS).then()
                .statusCode(200);
        // The paged list is not limited.
        given().queryParam("topic", topic).get(PARTNERSHIPS).then().statusCode(200).body("totalItems", equalTo(3));
    }
}
