package org.twintowns.partnerships.municipality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/**
 * Issue 18, property 6, with the names the issue found misordered: a name search lists the best
 * match first (exact, then prefix, then the closest), unless the client asks for a sort.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class MunicipalitySearchRankingTest {

    private static final String MUNICIPALITIES = "/api/v1/municipalities";

    private static String register(String name, String country, int population, String otherNames) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                {"name": "%s", "slug": "s-%s", "kind": "CITY", "country": "%s", "population": %d,
                 "populationYear": 2022, "otherNames": %s}"""
                .formatted(name, UUID.randomUUID(), country, population, otherNames))
                .post(MUNICIPALITIES).then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldListKyivFirstForKyivAlthoughChortkivAndKharkivSortBeforeIt() {
        register("Чортків", "UA", 29_000, "[{\"name\": \"Chortkiv\", \"language\": \"en\", \"kind\": \"TRANSLITERATION\"}]");
        register("Харків", "UA", 1_400_000, "[{\"name\": \"Kharkiv\", \"language\": \"en\", \"kind\": \"TRANSLITERATION\"}]");
        String kyiv = register("Київ", "UA", 2_900_000, """
                [{"name": "Kyiv", "language": "en", "kind": "TRANSLITERATION"},
                 {"name": "Kiew", "language": "de", "kind": "EXONYM"}]""");

        for (String parameter : List.of("q", "name")) {
            given().queryParam(parameter, "Kyiv").queryParam("country", "UA").get(MUNICIPALITIES)
                    .then().statusCode(200)
                    .body("items[0].name", equalTo("Київ"))
                    .body("items.id", hasItems(kyiv));
        }
    }

    @Test
    void shouldListJenaBeforeSienaAndVienna() {
        String country = "LI";
        register("Siena", country, 53_000, "[]");
        register("Wien-Wieden", country, 33_000, "[{\"name\": \"Vienna Wieden\", \"language\": \"en\", \"kind\": \"EXONYM\"}]");
        register("Jena", country, 110_000, "[]");

        given().queryParam("q", "Jena").queryParam("country", country).get(MUNICIPALITIES)
                .then().statusCode(200)
                .body("items[0].name", equalTo("Jena"));
    }

    @Test
    void shouldKeepAnExplicitSort() {
        String country = "MC";
        register("Jena", country, 110_000, "[]");
        register("Alt-Jena", country, 1_000, "[]");

        given().queryParam("q", "Jena").queryParam("country", country).queryParam("sort", "name").get(MUNICIPALITIES)
                .then().statusCode(200)
                .body("items[0].name", equalTo("Alt-Jena"));
        given().queryParam("q", "Jena").queryParam("country", country).get(MUNICIPALITIES)
                .then().statusCode(200)
                .body("items[0].name", equalTo("Jena"));
    }
}
