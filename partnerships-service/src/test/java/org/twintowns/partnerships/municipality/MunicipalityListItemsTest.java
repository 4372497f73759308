package org.twintowns.partnerships.municipality;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sync.SyncWalk;

/**
 * A list shows each municipality byte for byte as its GET by id does: the list reads a page of rows
 * (MunicipalityRows.page), a GET by id one row with its names in one statement (MunicipalityRows.one), and both
 * must make the same JSON, whatever the filter,
 * order or language: property order, absent nulls, other names in the entity's order, the successor
 * of a merged municipality, coordinates and timestamps as Jackson writes them.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class MunicipalityListItemsTest {

    private static final String PATH = "/api/v1/municipalities";

    private static Response create(String json) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(json).post(PATH)
                .then().statusCode(201).extract().response();
    }

    @Test
    void shouldShowEveryMunicipalityOfAListAsItsGetByIdDoes() {
        String t = UUID.randomUUID().toString().substring(0, 8);
        String full = create("""
                {"name": "Kyjiw \\"Mitte\\" %1$s", "slug": "kyjiw-%1$s", "kind": "CITY", "country": "UA",
                 "subdivision": "UA-30", "wikidataId": "Q%2$d", "population": 2952301, "populationYear": 2021,
                 "coordinates": {"latitude": 50.4501, "longitude": 30.523333333333333},
                 "website": "https://kyivcity.gov.ua/?a=1&b=%1$s",
                 "otherNames": [{"name": "Kyiv %1$s", "language": "en", "kind": "TRANSLITERATION"},
                                {"name": "Kiew %1$s", "language": "de", "kind": "EXONYM"},
                                {"name": "Kijów %1$s", "language": "pl", "kind": "EXONYM"},
                                {"name": "Kiev %1$s", "language": "en", "kind": "FORMER", "usedUntil": "1995-01-01"},
                                {"name": "Київ 🏛 %1$s", "language": "uk", "kind": "OFFICIAL"}]}"""
                .formatted(t, 900_000_000 + Math.abs(t.hashCode() % 90_000_000))).path("id");
        String bare = create("""
                {"name": "Aßling %s", "kind": "MUNICIPALITY", "country": "DE"}""".formatted(t)).path("id");
        String nearZero = create("""
                {"name": "Null Island %s", "kind": "OTHER", "country": "GH",
                 "coordinates": {"latitude": 0.0001, "longitude": -0.00005}}""".formatted(t)).path("id");
        Response old = create("""
                {"name": "Altdorf %s", "kind": "MUNICIPALITY", "country": "DE", "subdivision": "DE-BY",
                 "otherNames": [{"name": "Old Village %s", "language": "en", "kind": "EXONYM"}]}""".formatted(t, t));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", old.header("ETag"))
                .body("{\"into\": \"%s\", \"on\": \"2019-01-01\"}".formatted(bare))
                .post(PATH + "/" + old.path("id") + "/merge").then().statusCode(200);
        List<String> all = List.of(full, bare, nearZero, old.path("id"));
        String ids = all.stream().map(id -> "id=" + id).collect(Collectors.joining("&"));

        for (String language : List.of("", "&lang=de", "&lang=en", "&lang=uk", "&lang=pl", "&lang=fr")) {
            for (String list : List.of(ids, ids + "&sort=-population", ids + "&sort=country", ids + "&sort=-createdAt",
                    ids + "&sort=updatedAt", ids + "&updatedSince=2020-01-01T00:00:00Z", ids + "&country=DE",
                    ids + "&subdivision=UA-30", ids + "&kind=CITY", "q=" + t, "q=" + t + "&sort=name")) {
                String body = SyncWalk.firstListing(PATH + "?" + list + language);
                List<String> listed = JsonPath.from(body).getList("items.id");
                for (String id : listed) {
                    String one = given().accept(ContentType.JSON).get(PATH + "/" + id + language.replace("&", "?"))
                            .then().statusCode(200).extract().asString();
                    assertTrue(body.contains(one), list + language + " shows " + id + " otherwise than GET by id:\n"
                            + one + "\nin\n" + body);
                }
            }
        }
        // The names in the entity's order (kind, language, name), former ones included, in the list too.
        assertEquals(List.of("Kiew " + t, "Kijów " + t, "Kiev " + t, "Київ 🏛 " + t, "Kyiv " + t),
                given().accept(ContentType.JSON).get(PATH + "?id=" + full).then().extract().jsonPath()
                        .getList("items[0].otherNames.name"));
    }
}
