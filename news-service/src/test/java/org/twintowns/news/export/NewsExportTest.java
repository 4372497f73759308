package org.twintowns.news.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.item;
import static org.twintowns.news.NewsFixtures.moveAsAdmin;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.export.Distribution;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * The news exports hold what the public may read and nothing else (no draft, no embargoed or withdrawn
 * item, no press contact), follow an embargo that ends without a write, and one item's JSON-LD is seen by
 * whom its JSON is; read with Commons CSV and Groovy's JSON, not our writers.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class NewsExportTest {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
    private static final String CONTACT = """
            "pressContact": {"name": "Pressestelle", "email": "geheim-%s@jena.de"}""".formatted(TAG);

    @Inject
    NewsExports exports;

    private record Fixture(String published, String draft, String embargoed, String withdrawn) {
    }

    private static Fixture made;

    private static synchronized Fixture fixture() {
        if (made == null) {
            UUID issuer = UUID.randomUUID();
            String published = createAsAdmin(item("Öffentlich " + TAG, issuer, CONTACT + ", \"topics\": [\"youth\"]"));
            moveAsAdmin(published, "{\"status\": \"PUBLISHED\"}");
            String draft = createAsAdmin(item("Entwurf " + TAG, issuer, ""));
            String embargoed = createAsAdmin(item("Sperrfrist " + TAG, issuer, ""));
            moveAsAdmin(embargoed, "{\"status\": \"SCHEDULED\", \"publishAt\": \""
                    + OffsetDateTime.now(ZoneOffset.UTC).plusDays(3) + "\"}");
            String withdrawn = createAsAdmin(item("Zurückgezogen " + TAG, issuer, ""));
            moveAsAdmin(withdrawn, "{\"status\": \"PUBLISHED\"}");
            moveAsAdmin(withdrawn, "{\"status\": \"WITHDRAWN\"}");
            made = new Fixture(published, draft, embargoed, withdrawn);
        }
        return made;
    }

    @Test
    void shouldExportOnlyWhatThePublicMayReadAndNoPressContact() throws IOException {
        Fixture f = fixture();
        String csv = given().get("/api/v1/exports/news.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Cache-Control", "no-cache").extract().asString();
        String jsonLd = given().get("/api/v1/exports/news.jsonld").then().statusCode(200)
                .contentType("application/ld+json").extract().asString();
        for (String export : new String[] {csv, jsonLd}) {
            assertTrue(export.contains("Öffentlich " + TAG));
            for (String hidden : new String[] {"Entwurf " + TAG, "Sperrfrist " + TAG, "Zurückgezogen " + TAG,
                    "geheim-" + TAG}) {
                assertFalse(export.contains(hidden), hidden);
            }
        }
        CSVRecord row = rows(csv).get(f.published());
        assertEquals("Öffentlich " + TAG, row.get("headline"));
        assertEquals("youth", row.get("topics"));
        JsonPath ld = new JsonPath(jsonLd);
        assertEquals("NewsArticle", ld.getString("'@graph'.find { it.identifier == '" + f.published() + "' }.'@type'"));
        assertEquals("de", ld.getString("'@graph'.find { it.identifier == '" + f.published() + "' }.inLanguage"));
    }

    @Test
    void shouldAnswerOneItemAsJsonLdToWhoMayReadIt() {
        Fixture f = fixture();
        JsonPath one = given().accept("application/ld+json").get(PATH + "/" + f.published()).then().statusCode(200)
                .contentType("application/ld+json").header("Cache-Control", "no-cache").extract().jsonPath();
        assertEquals("https://schema.org", one.getString("'@context'"));
        assertEquals("NewsArticle", one.getString("'@type'"));
        assertEquals("Öffentlich " + TAG, one.getString("headline"));
        assertFalse(one.prettify().contains("geheim-" + TAG));
        given().accept("application/ld+json").get(PATH + "/" + f.draft()).then().statusCode(404);
        given().accept("application/ld+json").get(PATH + "/" + f.embargoed()).then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).accept("application/ld+json").get(PATH + "/" + f.draft()).then()
                .statusCode(200).header("Cache-Control", "private, no-store");
    }

    @Test
    void shouldChangeTheExportsVersionWhenAnEmbargoEndsWithoutAWrite() throws InterruptedException {
        String soon = createAsAdmin(item("Bald " + TAG, UUID.randomUUID(), ""));
        OffsetDateTime embargo = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(10);
        moveAsAdmin(soon, "{\"status\": \"SCHEDULED\", \"publishAt\": \"" + embargo + "\"}");
        Response before = given().get("/api/v1/exports/news.csv");
        assertFalse(before.asString().contains("Bald " + TAG), "under embargo");
        String etag = before.header("ETag");
        while (OffsetDateTime.now(ZoneOffset.UTC).isBefore(embargo.plusSeconds(1))) {
            Thread.sleep(250);
        }
        // The publisher marks it published within 30 s; the tag must move at once, from the embargo's end.
        String after = given().header("If-None-Match", etag).get("/api/v1/exports/news.csv").then()
                .statusCode(200).body(containsString("Bald " + TAG)).extract().header("ETag");
        assertNotEquals(etag, after);
    }

    @Test
    void shouldReadTheItemsInBatches() throws IOException {
        fixture();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int batches = exports.items(Distribution.CSV, out, URI.create("http://localhost/"), 2);
        int rows = rows(out.toString(StandardCharsets.UTF_8)).size();
        assertTrue(rows >= 1);
        assertEquals(rows / 2 + 1, batches);
    }

    private static Map<String, CSVRecord> rows(String text) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(text.startsWith("\uFEFF") ? 1 : 0)))) {
            Map<String, CSVRecord> byId = new LinkedHashMap<>();
            for (CSVRecord row : parser) {
                byId.put(row.get("id"), row);
            }
            return byId;
        }
    }
}
