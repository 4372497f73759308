package org.twintowns.partnerships.municipality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.testing.ListEndpointSuite;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class MunicipalityResourceTest extends ListEndpointSuite {

    private static final String PATH = "/api/v1/municipalities";

    @Inject
    DataSource database;

    MunicipalityResourceTest() {
        super(PATH, "password");
    }

    @Override
    protected SyncFixture syncFixture(String operationId) {
        return SyncFixtures.of(operationId, database);
    }

    @Override
    protected BulkRows addBulkRows(int rows) {
        String tag = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        // Municipalities in Germany, and partnerships each between one of them and the next, founded over 70 years.
        return BulkRows.insert(database, Set.of("municipality", "municipality_name", "partnership",
                "partnership_participant", "partnership_topic", "partnership_project", "partnership_contact",
                "partnership_lifecycle_event"), List.of("""
                INSERT INTO municipality (id, slug, name, kind, country_code, subdivision, created_at, updated_at,
                                          version, search_key)
                SELECT gen_random_uuid(), '%1$s-' || g, 'Bulk %1$s ' || g, 'CITY', 'DE', 'DE-BY',
                       now() - interval '400 days', now() - interval '400 days', 0, 'bulk %1$s ' || g
                FROM generate_series(1, %2$d) g""".formatted(tag, rows), """
                WITH m AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM municipality WHERE slug LIKE '%1$s-%%'),
                     pairs AS (SELECT gen_random_uuid() AS id, a.id AS a, b.id AS b, a.n
                               FROM m a JOIN m b ON b.n = a.n %% %2$d + 1),
                     created AS (
                         INSERT INTO partnership (id, type, status, established_on, source_name, participants_key,
                                                  created_at, updated_at, version)
                         SELECT id, 'FRIENDSHIP', 'ACTIVE', date '1950-01-01' + (n * 5)::int, '%1$s',
                                least(a::text, b::text) || ',' || greatest(a::text, b::text),
                                now() - interval '400 days', now() - interval '400 days', 0
                         FROM pairs)
                INSERT INTO partnership_participant (partnership_id, municipality_id, position, role)
                SELECT id, a, 0, 'PARTNER' FROM pairs UNION ALL SELECT id, b, 1, 'PARTNER' FROM pairs"""
                .formatted(tag, rows)), List.of(
                "DELETE FROM partnership WHERE source_name = '" + tag + "'",
                "DELETE FROM municipality WHERE slug LIKE '" + tag + "-%'"));
    }

    @Override
    protected Set<String> readsMadeAtEachRequest() {
        // The consistency report names the moment it was generated: caches keep it, none revalidates it.
        return Set.of("getConsistencyReport");
    }

    /** A unique name per test keeps tests independent of each other and of earlier data. */
    private static String unique(String base) {
        return base + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String create(String name, String country) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "kind": "CITY", "country": "%s"}""".formatted(name, country))
                .post(PATH)
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void shouldCreateMunicipalityAndReadItBack() {
        // Land 99 does not exist: the code cannot collide with imported municipalities.
        String ags = "99" + String.format("%06d", (int) (Math.random() * 1_000_000));
        String location = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"name": "Jena", "slug": "jena-%s", "kind": "CITY", "country": "DE",
                         "subdivision": "DE-TH", "officialCode": "%s"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 8), ags))
                .post(PATH)
                .then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .body("id", notNullValue())
                .body("name", equalTo("Jena"))
                .body("subdivision", equalTo("DE-TH"))
                .extract().header("Location");

        given().get(location)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("name", equalTo("Jena"))
                .body("country", equalTo("DE"))
                .body("officialCode", equalTo(ags));
    }

    @Test
    void shouldDeriveSlugFromNameWithoutDiacritics() {
        String name = unique("Nowy Urengoi Süd");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "kind": "CITY", "country": "RU"}""".formatted(name))
                .post(PATH)
                .then().statusCode(201)
                .body("slug", equalTo(org.twintowns.commons.text.Slugs.of(name, 120)))
                .body("slug", containsString("nowy-urengoi-sud-"));
    }

    @Test
    void shouldPageThroughListWithLinkHeaders() {
        String prefix = "Pagetown " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            create(prefix + " " + i, "FR");
        }
        given().queryParam("name", prefix).queryParam("size", 2).queryParam("page", 0)
                .get(PATH)
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("items.name", hasItem(prefix + " 0"))
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("page=1"));

        given().queryParam("name", prefix).queryParam("size", 2).queryParam("page", 1).queryParam("sort", "-name")
                .get(PATH)
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].name", equalTo(prefix + " 0"));
    }

    @Test
    void shouldFilterByCountry() {
        String prefix = "Filterville " + UUID.randomUUID().toString().substring(0, 8);
        create(prefix + " A", "PL");
        create(prefix + " B", "UA");
        given().queryParam("name", prefix).queryParam("country", "UA")
                .get(PATH)
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items.country", everyItem(equalTo("UA")));
    }

    @Test
    void shouldListOnlyTheMunicipalitiesWithTheGivenIds() {
        String jena = create(unique("Jena"), "DE");
        String brovary = create(unique("Brovary"), "UA");
        create(unique("Kassel"), "DE");
        // As many ids as one page holds, most of them unknown: one request answers for all.
        List<String> ids = new ArrayList<>(List.of(jena, brovary));
        while (ids.size() < PageParams.MAX_IDS) {
            ids.add(UUID.randomUUID().toString());
        }
        given().queryParam("id", ids).queryParam("size", PageParams.MAX_IDS).get(PATH)
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder(jena, brovary))
                .body("items.country", containsInAnyOrder("DE", "UA"))
                .body("totalItems", equalTo(2));
        given().queryParam("id", jena, brovary).queryParam("country", "UA").get(PATH)
                .then().statusCode(200)
                .body("items.id", contains(brovary));
    }

    @Test
    void shouldRejectMoreIdsThanAPageHoldsAndIdsThatAreNotUuids() {
        List<String> ids = new ArrayList<>();
        while (ids.size() <= PageParams.MAX_IDS) {
            ids.add(UUID.randomUUID().toString());
        }
        assertProblem(given().queryParam("id", ids).get(PATH).then(), 400)
                .body("errors[0].field", equalTo("id"));
        assertProblem(given().queryParam("id", "jena").get(PATH).then(), 400)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void shouldRejectInvalidFieldsNamingEachOne() {
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"name": " ", "kind": "CITY", "country": "Germany", "wikidataId": "3150"}""")
                .post(PATH)
                .then(), 400)
                .body("type", equalTo("https://twintowns.org/problems/validation-failed"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("country"))
                .body("errors.field", hasItem("wikidataId"))
                .body("errors", hasSize(3));
    }

    @Test
    void shouldRejectCountryThatIsNotIso3166() {
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"name": "Atlantis", "kind": "CITY", "country": "XX"}""")
                .post(PATH)
                .then(), 400)
                .body("errors[0].field", equalTo("country"));
    }

    @Test
    void shouldRejectSubdivisionOfAnotherCountry() {
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "kind": "CITY", "country": "PL", "subdivision": "DE-TH"}"""
                        .formatted(unique("Grenzstadt")))
                .post(PATH)
                .then(), 400)
                .body("errors[0].field", equalTo("subdivision"));
    }

    @Test
    void shouldRejectUnknownEnumValueAsInvalidField() {
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"name": "Somewhere", "kind": "METROPOLIS", "country": "DE"}""")
                .post(PATH)
                .then(), 400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void shouldRejectDuplicateSlugWithConflict() {
        String slug = "twin-" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"name": "Twin", "slug": "%s", "kind": "CITY", "country": "DE"}""".formatted(slug);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(201);
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body).post(PATH).then(), 409)
                .body("detail", containsString(slug));
        given().queryParam("name", "Twin").get(PATH).then()
                .body("items.findAll { it.slug == '" + slug + "' }", hasSize(1));
    }
}
