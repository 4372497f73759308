package org.twintowns.partnerships.municipality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sql.SqlStatements;

/** The registry features of municipalities: names in every script, look-ups, safe changes, merges, maps. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class MunicipalityRegistryTest {

    private static final String PATH = "/api/v1/municipalities";

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Response create(String json) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(json).post(PATH).then().statusCode(201).extract().response();
    }

    /** A Ukrainian capital stored under its official name with exonyms, with a unique marker in every name. */
    private static String createKyiv(String t) {
        return create("""
                {"name": "Київ %1$s", "slug": "kyiv-%1$s", "kind": "CITY", "country": "UA",
                 "otherNames": [{"name": "Kyiv %1$s", "language": "en", "kind": "TRANSLITERATION"},
                                {"name": "Kiew %1$s", "language": "de", "kind": "EXONYM"}]}""".formatted(t))
                .path("id");
    }

    @Test
    void shouldReadOneMunicipalityWithItsOtherNamesInOneStatement() {
        String t = tag();
        String id = createKyiv(t);
        for (String path : new String[] {PATH + "/" + id, PATH + "/by-slug/kyiv-" + t}) {
            long statements = SqlStatements.fewest(() -> given().get(path).then().statusCode(200)
                    .body("id", equalTo(id)).body("otherNames", hasSize(2)));
            assertEquals(1, statements, "GET " + path + " reads its other names in a second round trip");
        }
    }

    /**
     * A merged municipality is read with its successor's name, its other names and its version in the one
     * statement too (it took two: the successor was a second read), by every look-up, and shown as the answer to its
     * merge showed it.
     */
    @Test
    void shouldReadAMergedMunicipalityWithItsSuccessorInOneStatement() {
        String t = tag();
        String successor = createKyiv(t);
        Response old = create("""
                {"name": "Altdorf %1$s", "slug": "altdorf-%1$s", "kind": "MUNICIPALITY", "country": "DE",
                 "officialCode": "%2$s", "wikidataId": "Q%2$s",
                 "otherNames": [{"name": "Old Village %1$s", "language": "en", "kind": "EXONYM"}]}"""
                .formatted(t, 10_000_000 + Math.abs(t.hashCode() % 89_999_999)));
        String id = old.path("id");
        String merged = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .header("If-Match", old.header("ETag")).body("{\"into\": \"%s\", \"on\": \"2019-01-01\"}".formatted(successor))
                .post(PATH + "/" + id + "/merge").then().statusCode(200).extract().asString();
        String code = old.path("officialCode");
        for (String path : new String[] {PATH + "/" + id, PATH + "/by-slug/altdorf-" + t,
                PATH + "/by-ags/" + code, PATH + "/by-wikidata/Q" + code}) {
            long statements = SqlStatements.fewest(() -> given().get(path).then().statusCode(200)
                    .body("id", equalTo(id)).body("mergedInto.id", equalTo(successor))
                    .body("mergedInto.name", equalTo("Київ " + t)).body("otherNames", hasSize(1)));
            assertEquals(1, statements, "GET " + path + " took " + statements + " statements");
            assertEquals(merged, given().get(path).then().extract().asString(), "GET " + path + " and the merge's answer");
        }
    }

    @Test
    void shouldFindCityByAnyOfItsNamesInAnyScript() {
        String t = tag();
        String id = createKyiv(t);
        for (String query : new String[] {"Kiew " + t, "kyiv " + t, "Київ " + t, "KIEV " + t}) {
            given().queryParam("name", query).get(PATH)
                    .then().statusCode(200)
                    .body("items.id", hasItem(id))
                    .body("items", hasSize(1));
        }
    }

    @Test
    void shouldFindRussianCityAcrossTransliterationsNeverStored() {
        String t = tag();
        String id = create("""
                {"name": "Новый Уренгой %1$s", "slug": "novy-urengoy-%1$s", "kind": "CITY", "country": "RU",
                 "otherNames": [{"name": "Nowy Urengoi %1$s", "language": "de", "kind": "TRANSLITERATION"}]}"""
                .formatted(t)).path("id");
        for (String query : new String[] {"Novy Urengoy " + t, "Nowy Urengoi " + t, "новый уренгой " + t}) {
            given().queryParam("name", query).get(PATH).then().body("items.id", hasItem(id));
        }
    }

    @Test
    void shouldShowDisplayNameInTheLanguageAsked() {
        String t = tag();
        String id = createKyiv(t);
        given().queryParam("lang", "de").get(PATH + "/" + id).then().body("displayName", equalTo("Kiew " + t));
        given().header("Accept-Language", "fr;q=0.9, en-GB;q=0.8").get(PATH + "/" + id)
                .then().body("displayName", equalTo("Kyiv " + t))
                .header("Vary", containsString("Accept-Language"));
        given().get(PATH + "/" + id).then().body("displayName", equalTo("Київ " + t));
    }

    @Test
    void shouldLookUpBySlugAgsAndWikidataId() {
        String t = tag();
        String ags = "99" + String.valueOf(Math.abs(t.hashCode()) % 1_000_000 + 1_000_000).substring(1);
        String qid = "Q9" + Math.abs(t.hashCode() % 100_000_000);
        String id = create("""
                {"name": "Lookupstadt %s", "slug": "lookupstadt-%s", "kind": "MUNICIPALITY", "country": "DE",
                 "subdivision": "DE-TH", "officialCode": "%s", "wikidataId": "%s"}""".formatted(t, t, ags, qid))
                .path("id");
        given().get(PATH + "/by-slug/lookupstadt-" + t).then().statusCode(200).body("id", equalTo(id));
        given().get(PATH + "/by-ags/" + ags).then().statusCode(200).body("id", equalTo(id));
        given().get(PATH + "/by-wikidata/" + qid).then().statusCode(200).body("id", equalTo(id));
        assertProblem(given().get(PATH + "/by-ags/123").then(), 400).body("errors[0].field", equalTo("ags"));
        assertProblem(given().get(PATH + "/by-slug/nowhere-" + t).then(), 404);
    }

    @Test
    void shouldAnswerNotModifiedForCurrentETag() {
        Response created = create("""
                {"name": "Etagheim %s", "kind": "CITY", "country": "AT"}""".formatted(tag()));
        String etag = created.header("ETag");
        given().header("If-None-Match", etag).get(PATH + "/" + created.path("id"))
                .then().statusCode(304).header("ETag", etag);
    }

    @Test
    void shouldChangeOnlyWithTheCurrentETag() {
        String t = tag();
        Response created = create("""
                {"name": "Wandelstadt %s", "kind": "CITY", "country": "DE"}""".formatted(t));
        String id = created.path("id");
        String update = """
                {"name": "Wandelstadt %s", "kind": "CITY", "country": "DE", "population": 12000,
                 "populationYear": 2022, "coordinates": {"latitude": 50.9, "longitude": 11.6}}""".formatted(t);

        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(update).put(PATH + "/" + id).then(), 428);
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"999\"").body(update)
                .put(PATH + "/" + id).then(), 412);
        given().get(PATH + "/" + id).then().body("population", equalTo(null));

        String newTag = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", created.header("ETag")).body(update)
                .put(PATH + "/" + id).then().statusCode(200)
                .body("population", equalTo(12000))
                .body("coordinates.latitude", equalTo(50.9f))
                .extract().header("ETag");
        // The ETag read before the change is stale now.
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", created.header("ETag")).body(update)
                .put(PATH + "/" + id).then(), 412);
        given().header("If-None-Match", newTag).get(PATH + "/" + id).then().statusCode(304);
    }

    @Test
    void shouldKeepMergedMunicipalityLeadingToItsSuccessor() {
        String t = tag();
        Response old = create("""
                {"name": "Altdorf %s", "kind": "MUNICIPALITY", "country": "DE"}""".formatted(t));
        String successor = create("""
                {"name": "Neustadt %s", "kind": "MUNICIPALITY", "country": "DE"}""".formatted(t)).path("id");
        String oldId = old.path("id");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", old.header("ETag"))
                .body("{\"into\": \"%s\", \"on\": \"2019-01-01\"}".formatted(successor))
                .post(PATH + "/" + oldId + "/merge")
                .then().statusCode(200)
                .body("mergedInto.id", equalTo(successor));
        given().get(PATH + "/" + oldId)
                .then().statusCode(200)
                .body("mergedInto.name", equalTo("Neustadt " + t))
                .body("mergedInto.on", equalTo("2019-01-01"))
                .header("Link", equalTo("</api/v1/municipalities/" + successor + ">; rel=\"successor-version\""));
        // In a list too, beside a municipality that did not merge: ranked by the search (read by id) and in an
        // explicit order (read as a page); the successors' names are read apart from the page.
        for (String sort : new String[] {"", "&sort=name"}) {
            given().get(PATH + "?q=" + t + sort)
                    .then().statusCode(200)
                    .body("items.size()", equalTo(2))
                    .body("items.find { it.id == '%s' }.mergedInto.name".formatted(oldId), equalTo("Neustadt " + t))
                    .body("items.find { it.id == '%s' }.mergedInto.on".formatted(oldId), equalTo("2019-01-01"))
                    .body("items.find { it.id == '%s' }.mergedInto".formatted(successor), equalTo(null));
        }
    }

    @Test
    void shouldRefuseMergingIntoItselfOrTwice() {
        Response m = create("""
                {"name": "Einsam %s", "kind": "MUNICIPALITY", "country": "DE"}""".formatted(tag()));
        String id = m.path("id");
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", m.header("ETag"))
                .body("{\"into\": \"%s\", \"on\": \"2019-01-01\"}".formatted(id))
                .post(PATH + "/" + id + "/merge").then(), 400)
                .body("errors[0].field", equalTo("into"));
        given().get(PATH + "/" + id).then().body("mergedInto", equalTo(null));
    }

    @Test
    void shouldRejectPopulationWithoutYearAndShortAgs() {
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                {"name": "Zahlenstadt", "kind": "CITY", "country": "DE", "population": 5}""")
                .post(PATH).then(), 400).body("errors[0].field", equalTo("populationYear"));
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                {"name": "Zahlenstadt", "kind": "CITY", "country": "DE", "officialCode": "1605"}""")
                .post(PATH).then(), 400).body("errors[0].field", equalTo("officialCode"));
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                {"name": "Zahlenstadt", "kind": "CITY", "country": "DE", "coordinates": {"latitude": 91, "longitude": 0}}""")
                .post(PATH).then(), 400).body("errors[0].field", equalTo("coordinates.latitude"));
        given().queryParam("name", "Zahlenstadt").get(PATH).then().body("totalItems", equalTo(0));
    }

    @Test
    void shouldRequireSlugForNamesWithoutLatinLetters() {
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                {"name": "Бориспіль", "kind": "CITY", "country": "UA"}""")
                .post(PATH).then(), 400).body("errors[0].field", equalTo("slug"));
    }

    @Test
    void shouldServeGeoJsonPointsWithLongitudeFirst() {
        String t = tag();
        create("""
                {"name": "Kartenstadt %s", "kind": "CITY", "country": "LU", "subdivision": "LU-CA",
                 "coordinates": {"latitude": 49.611622, "longitude": 6.1319346}}""".formatted(t));
        create("""
                {"name": "Kartenlos %s", "kind": "CITY", "country": "LU", "subdivision": "LU-CA"}""".formatted(t));
        given().accept("application/geo+json").queryParam("name", "Karten").queryParam("name", "Karten " + t)
                .queryParam("subdivision", "LU-CA")
                .get(PATH)
                .then().statusCode(200)
                .contentType(startsWith("application/geo+json"))
                .body("type", equalTo("FeatureCollection"))
                .body("features.properties.name", hasItem("Kartenstadt " + t))
                .body("features.properties.name", org.hamcrest.Matchers.not(hasItem("Kartenlos " + t)))
                .body("features.find { it.properties.name == 'Kartenstadt %s' }.geometry.type".formatted(t),
                        equalTo("Point"))
                .body("features.find { it.properties.name == 'Kartenstadt %s' }.geometry.coordinates".formatted(t),
                        equalTo(java.util.List.of(6.13193f, 49.61162f)));
    }

    @Test
    void shouldAnswerPlainJsonWhenClientAcceptsAnything() {
        given().accept("*/*").get(PATH).then().statusCode(200).contentType(ContentType.JSON).body("page", equalTo(0));
    }
}
