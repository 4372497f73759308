package org.twintowns.partnerships.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.twintowns.partnerships.partnership.PartnershipApi.MUNICIPALITIES;
import static org.twintowns.partnerships.partnership.PartnershipApi.PARTNERSHIPS;
import static org.twintowns.partnerships.partnership.PartnershipApi.municipality;
import static org.twintowns.partnerships.partnership.PartnershipApi.partnership;
import static org.twintowns.partnerships.partnership.PartnershipApi.suffix;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/**
 * Issue 18, property 7: every view that names a municipality names it in the reader's language
 * (Accept-Language or lang), as the municipality's own displayName does, and says Vary.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class DisplayNameEverywhereTest {

    @Inject
    MunicipalityFixtures fixtures;

    @Test
    void shouldNameBrovaryInGermanWhereverItIsShown() {
        String brovary = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                {"name": "Бровари", "slug": "brovary-%s", "kind": "CITY", "country": "UA",
                 "otherNames": [{"name": "Browary", "language": "de", "kind": "TRANSLITERATION"}]}"""
                .formatted(suffix())).post(MUNICIPALITIES).then().statusCode(201).extract().path("id");
        String jena = municipality("Jena", "DE", "DE-TH");
        fixtures.place(brovary, 50.5114, 30.7903);
        fixtures.place(jena, 50.9271, 11.5892);
        String id = partnership("SOLIDARITY", "", jena, brovary);

        given().header("Accept-Language", "de").get(PARTNERSHIPS + "/" + id).then().statusCode(200)
                .header("Vary", containsString("Accept-Language"))
                .body("participants.displayName", hasItem("Browary"))
                .body("participants.name", hasItem("Бровари"));
        given().queryParam("lang", "de").queryParam("municipality", jena).get(PARTNERSHIPS).then().statusCode(200)
                .header("Vary", containsString("Accept-Language"))
                .body("items[0].participants.displayName", hasItem("Browary"));
        given().header("Accept-Language", "de").get(MUNICIPALITIES + "/" + jena + "/partners").then().statusCode(200)
                .header("Vary", containsString("Accept-Language"))
                .body("items[0].displayName", equalTo("Browary"));
        given().header("Accept-Language", "de").accept("application/geo+json").queryParam("municipality", jena)
                .get(PARTNERSHIPS).then().statusCode(200)
                .header("Vary", containsString("Accept-Language"))
                .body("features[0].properties.participants.displayName", hasItem("Browary"));
        given().header("Accept-Language", "de").accept("application/geo+json").queryParam("id", brovary)
                .get(MUNICIPALITIES).then().statusCode(200)
                .header("Vary", containsString("Accept-Language"))
                .body("features[0].properties.displayName", equalTo("Browary"));
        given().header("Accept-Language", "uk").get(MUNICIPALITIES + "/" + jena + "/partners").then().statusCode(200)
                .body("items[0].displayName", equalTo("Бровари"));
    }
}
