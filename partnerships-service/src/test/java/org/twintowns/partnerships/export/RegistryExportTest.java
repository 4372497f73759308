package org.twintowns.partnerships.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.export.Distribution;
import org.twintowns.partnerships.export.mapping.MunicipalityExport;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/**
 * The registry's bulk exports: what they hold and never hold, read with parsers that are not the
 * writers' (Commons CSV, Groovy's JSON), cached against the change feed, compressed, and read in batches.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class RegistryExportTest {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    RegistryExports exports;

    private record Fixture(String jena, String brovary, String partnership) {
    }

    private static Fixture made;

    /** The records every test reads, made once by the first (the tokens are not there yet in a @BeforeAll). */
    private static synchronized Fixture fixture() {
        if (made == null) {
            made = make();
        }
        return made;
    }

    private static Fixture make() {
        String ags = String.valueOf(10_000_000 + Math.abs(TAG.hashCode() % 89_999_999));
        String qid = "Q9" + Math.abs(TAG.hashCode() % 1_000_000);
        String jena = create("""
                {"name": "Jena %s", "kind": "CITY", "country": "DE", "subdivision": "DE-TH", "officialCode": "%s",
                 "wikidataId": "%s", "population": 110000, "populationYear": 2022,
                 "coordinates": {"latitude": 50.9271, "longitude": 11.5892},
                 "otherNames": [{"name": "Єна %s", "language": "uk", "kind": "EXONYM"}]}"""
                .formatted(TAG, ags, qid, TAG), "/api/v1/municipalities");
        String brovary = create("""
                {"name": "=Brovary+%s, \\"Бровари\\"", "kind": "MUNICIPALITY", "country": "UA"}""".formatted(TAG),
                "/api/v1/municipalities");
        String partnership = create("""
                {"type": "SOLIDARITY", "title": "Export %s", "topics": ["export-%s"],
                 "participants": [{"municipalityId": "%s"}, {"municipalityId": "%s"}],
                 "contacts": [{"role": "Partnership office", "email": "geheim-%s@jena.de"}],
                 "notes": "internal note %s", "sourceName": "Wikipedia list",
                 "sourceUrl": "https://de.wikipedia.org/wiki/Liste_der_St%%C3%%A4dtepartnerschaften"}"""
                .formatted(TAG, TAG, jena, brovary, TAG, TAG), "/api/v1/partnerships");
        return new Fixture(jena, brovary, partnership);
    }

    private static String create(String body, String path) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldExportMunicipalitiesAsCsvThatASpreadsheetAndAStrictReaderRead() throws IOException {
        Fixture f = fixture();
        Response answer = given().get("/api/v1/exports/municipalities.csv");
        answer.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Link", containsString("<https://www.govdata.de/dl-de/by-2-0>; rel=\"license\""))
                .header("Link", containsString("/api/v1/exports/municipalities.csv-metadata.json>; rel=\"describedby\""))
                .header("Cache-Control", "public, max-age=300, stale-while-revalidate=3600")
                .header("Content-Disposition", "attachment; filename=\"municipalities.csv\"");
        byte[] bytes = answer.asByteArray();
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte order mark");
        Map<String, CSVRecord> rows = csv(bytes);
        CSVRecord jena = rows.get(f.jena());
        assertEquals("Jena " + TAG, jena.get("name"));
        assertEquals("Єна " + TAG + " [uk]", jena.get("other_names"));
        assertEquals("11.5892", jena.get("longitude"));
        assertEquals("destatis wikidata", jena.get("sources"));
        assertEquals("dl-de/by-2-0 CC0-1.0", jena.get("licences"));
        assertTrue(jena.get("updated_at").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"));
        CSVRecord brovary = rows.get(f.brovary());
        assertEquals("'=Brovary+" + TAG + ", \"Бровари\"", brovary.get("name"), "guarded against formulas");
        assertEquals("", brovary.get("latitude"));
        assertEquals("twintowns", brovary.get("sources"));

        JsonPath metadata = given().get("/api/v1/exports/municipalities.csv-metadata.json").then().statusCode(200)
                .contentType(Distribution.CSVW).extract().jsonPath();
        assertEquals(MunicipalityExport.COLUMNS.stream().map(c -> c.name()).toList(),
                metadata.getList("tableSchema.columns.name"));
        assertEquals("http://www.w3.org/ns/csvw", metadata.getString("'@context'"));
    }

    @Test
    void shouldExportPartnershipsWithTheirSourceButNeverContactsOrNotes() throws IOException {
        Fixture f = fixture();
        String text = given().get("/api/v1/exports/partnerships.csv").then().statusCode(200).extract().asString();
        assertFalse(text.contains("geheim-" + TAG), "contacts never exported");
        assertFalse(text.contains("internal note " + TAG), "notes never exported");
        CSVRecord row = csv(text.getBytes(StandardCharsets.UTF_8)).get(f.partnership());
        assertEquals(f.jena() + " | " + f.brovary(), row.get("participant_ids"));
        assertEquals("DE | UA", row.get("participant_countries"));
        assertEquals("wikipedia", row.get("sources"));
        assertEquals("CC-BY-SA-4.0", row.get("licences"));

        for (String format : List.of("geojson", "jsonld")) {
            String body = given().get("/api/v1/exports/partnerships." + format).then().statusCode(200)
                    .extract().asString();
            assertFalse(body.contains("geheim-" + TAG) || body.contains("internal note " + TAG), format);
        }
        JsonPath geo = given().get("/api/v1/exports/partnerships.geojson").then().statusCode(200)
                .contentType("application/geo+json").extract().jsonPath();
        Map<String, Object> line = geo.getMap("features.find { it.id == '" + f.partnership() + "' }");
        assertNull(line.get("geometry"), "one participant has no coordinates: no line");
        assertTrue(geo.getList("license").contains("https://creativecommons.org/licenses/by-sa/4.0/"));
    }

    @Test
    void shouldExportMunicipalitiesAsGeoJsonAndSchemaOrgJsonLd() {
        Fixture f = fixture();
        JsonPath geo = given().get("/api/v1/exports/municipalities.geojson").then().statusCode(200)
                .contentType("application/geo+json").extract().jsonPath();
        assertEquals("FeatureCollection", geo.getString("type"));
        assertEquals(List.of(11.5892f, 50.9271f),
                geo.getList("features.find { it.id == '" + f.jena() + "' }.geometry.coordinates"));
        assertNull(geo.get("features.find { it.id == '" + f.brovary() + "' }.geometry"));
        assertTrue(geo.getString("attribution").contains("© Statistisches Bundesamt (Destatis), Gemeindeverzeichnis"));

        JsonPath ld = given().get("/api/v1/exports/municipalities.jsonld").then().statusCode(200)
                .contentType("application/ld+json").extract().jsonPath();
        assertEquals("https://schema.org", ld.getString("'@context'"));
        assertEquals("Dataset", ld.getString("'@graph'[0].'@type'"));
        Map<String, Object> jena = ld.getMap("'@graph'.find { it.identifier == '" + f.jena() + "' }");
        assertEquals("City", jena.get("@type"));
        assertTrue(((String) jena.get("sameAs")).startsWith("https://www.wikidata.org/entity/Q9"));
        assertEquals(Map.of("@type", "GeoCoordinates", "latitude", 50.9271f, "longitude", 11.5892f), jena.get("geo"));
    }

    @Test
    void shouldAnswerNotModifiedUntilTheRegistryChanges() {
        fixture();
        String etag = given().get("/api/v1/exports/municipalities.jsonld").then().statusCode(200)
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/exports/municipalities.jsonld").then().statusCode(304)
                .header("ETag", etag);
        assertNotEquals(etag, given().get("/api/v1/exports/municipalities.csv").then().extract().header("ETag"),
                "each file its own tag");
        create("""
                {"name": "Neu %s", "kind": "CITY", "country": "FR"}""".formatted(TAG + UUID.randomUUID()),
                "/api/v1/municipalities");
        given().header("If-None-Match", etag).get("/api/v1/exports/municipalities.jsonld").then().statusCode(200)
                .header("ETag", not(equalTo(etag)));
    }

    @Test
    void shouldGzipTheStreamedExportForClientsThatAcceptIt() throws Exception {
        fixture();
        Response answer = given().config(io.restassured.RestAssured.config().decoderConfig(
                        io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip").get("/api/v1/exports/municipalities.csv");
        answer.then().statusCode(200).header("Content-Encoding", "gzip").header("Vary", containsString("Accept-Encoding"))
                .header("Content-Length", nullValue());
        Path gz = Files.createTempFile("municipalities", ".csv.gz");
        Files.write(gz, answer.asByteArray());
        Process gunzip = new ProcessBuilder("gzip", "-dc", gz.toString()).start();
        byte[] csv = gunzip.getInputStream().readAllBytes();
        assertEquals(0, gunzip.waitFor(), "gzip -d reads it");
        Files.delete(gz);
        assertEquals(given().get("/api/v1/exports/municipalities.csv").asString(),
                new String(csv, StandardCharsets.UTF_8));
    }

    @Test
    void shouldReadTheTableInBatchesAndSendEachOnBeforeReadingTheNext() throws IOException {
        fixture();
        int[] flushes = {0};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FilterOutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void flush() throws IOException {
                flushes[0]++;
                super.flush();
            }
        };
        // About twenty batches, however many municipalities earlier tests left (batches of two read the
        // module's whole registry two at a time: 20 s of the build).
        int registry = given().get("/api/v1/municipalities?size=1").then().statusCode(200)
                .extract().path("totalItems");
        int batch = Math.max(2, registry / 20);
        int batches = exports.municipalities(Distribution.CSV, out, URI.create("http://localhost/"), batch);
        int rows = csv(bytes.toByteArray()).size();
        assertTrue(rows > batch, rows + " rows in batches of " + batch + ": fewer than two batches");
        assertEquals(rows / batch + 1, batches, "batches of " + batch + ", the last one short or empty");
        assertTrue(flushes[0] >= rows / batch, "each full batch is sent on before the next is read");
    }

    private static Map<String, CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(text.startsWith("\uFEFF") ? 1 : 0)))) {
            Map<String, CSVRecord> byId = new java.util.LinkedHashMap<>();
            for (CSVRecord row : parser) {
                byId.put(row.get("id"), row);
            }
            return byId;
        }
    }
}
