package org.twintowns.partnerships.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/**
 * How both imports read the bytes they are sent: a byte order mark is no part of the first column,
 * the Content-Type's charset is honoured, bytes that are not text in it are refused with a 400 that
 * changes nothing, every media type the contract lists is accepted, the report's details are in file
 * order, and a row with more columns than the header is noted.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class ImportInputTest {

    private static final String DESTATIS = "/api/v1/imports/destatis-municipalities";
    private static final String WIKIDATA = "/api/v1/imports/wikidata-twinnings";
    private static final String DESTATIS_HEADER = "satzart,textkennzeichen,land,rb,kreis,vb,gemeinde,gemeindename,"
            + "flaeche,bevoelkerung,maennlich,weiblich,jekm2,postleitzahl,laengengrad,breitengrad";
    private static final String JENA = "60,63,16,0,53,,000,\"Jena, Stadt\",,110731,,,,,\"11,58\",\"50,92\"";
    private static final String KOELN = "60,61,05,3,15,,000,\"Köln, Stadt\",,1083498,,,,,\"6,95\",\"50,94\"";
    private static final String WIKIDATA_HEADER = String.join("\t", "origincityLabel", "origincountry", "originlat",
            "originlong", "originpopulation", "sistercityLabel", "destinationlat", "destinationlong",
            "destinationpopulation", "destination_countryLabel");
    private static final String WIKIDATA_ROW = String.join("\t", "Jena", "Germany", "50.92", "11.58", "110731",
            "Aubervilliers", "48.91", "2.38", "86061", "France");
    /** Each import with a file it reads and the media types the contract lists for it. */
    private static final Map<String, String> SAMPLES = Map.of(
            DESTATIS, DESTATIS_HEADER + "\n" + JENA + "\n",
            WIKIDATA, WIKIDATA_HEADER + "\n" + WIKIDATA_ROW + "\n");
    private static final Map<String, List<String>> MEDIA_TYPES = Map.of(
            DESTATIS, List.of("text/csv", "text/plain", "application/octet-stream"),
            WIKIDATA, List.of("text/tab-separated-values", "text/csv", "text/plain", "application/octet-stream"));

    /** A request whose Content-Type is sent as written: RestAssured would otherwise add a charset of its own. */
    private static RequestSpecification upload(String contentType, byte[] body) {
        return given().config(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(TestTokens.admin()).contentType(contentType).body(body);
    }

    /** The report of a dry run of the file. */
    private static JsonPath dryRun(String path, String contentType, byte[] body) {
        return ImportJobClient.run(upload(contentType, body).queryParam("dryRun", true), path);
    }

    private static int count(String path) {
        return given().queryParam("size", 1).get(path).then().statusCode(200).extract().path("totalItems");
    }

    @Test
    void shouldReadAFileThatStartsWithAByteOrderMark() {
        SAMPLES.forEach((path, file) -> {
            JsonPath report = dryRun(path, MEDIA_TYPES.get(path).get(0),
                    ("\uFEFF" + file).getBytes(StandardCharsets.UTF_8));
            assertEquals(1, report.getInt("rows"), path);
            assertEquals(0, report.getInt("outcomes.FAILED"), path);
        });
    }

    @Test
    void shouldDecodeTheCharsetTheContentTypeNames() {
        assertEquals("05315000 Köln", dryRun(DESTATIS, "text/csv; charset=ISO-8859-1",
                (DESTATIS_HEADER + "\n" + KOELN + "\n").getBytes(StandardCharsets.ISO_8859_1))
                .getString("details[0].key"));
        assertEquals("Köln – Aubervilliers", dryRun(WIKIDATA, "text/tab-separated-values; charset=ISO-8859-1",
                (WIKIDATA_HEADER + "\n" + WIKIDATA_ROW.replace("Jena", "Köln") + "\n")
                        .getBytes(StandardCharsets.ISO_8859_1))
                .getString("details[0].key"));
    }

    @Test
    void shouldRefuseBytesThatAreNotValidInTheEncodingAndWriteNothing() {
        Map<String, String> latin1 = Map.of(
                DESTATIS, DESTATIS_HEADER + "\n" + KOELN + "\n",
                WIKIDATA, WIKIDATA_HEADER + "\n" + WIKIDATA_ROW.replace("Aubervilliers", "Créteil") + "\n");
        latin1.forEach((path, file) -> {
            int municipalities = count("/api/v1/municipalities");
            int partnerships = count("/api/v1/partnerships");
            int jobs = ImportJobClient.jobs();
            // No charset: UTF-8, in which a lone Latin-1 ö or é is no character.
            assertProblem(upload("text/csv", file.getBytes(StandardCharsets.ISO_8859_1)).post(path).then(), 400)
                    .body("errors[0].field", equalTo("body"))
                    .body("errors[0].message", allOf(containsString("UTF-8"), containsString("line 2"),
                            containsString("nothing was imported")));
            assertEquals(municipalities, count("/api/v1/municipalities"), path + " wrote municipalities");
            assertEquals(partnerships, count("/api/v1/partnerships"), path + " wrote partnerships");
            assertEquals(jobs, ImportJobClient.jobs(), path + " queued a job");
        });
    }

    @Test
    void shouldAcceptEveryMediaTypeTheContractLists() {
        MEDIA_TYPES.forEach((path, types) -> types.forEach(type -> {
            byte[] file = SAMPLES.get(path).getBytes(StandardCharsets.UTF_8);
            assertEquals(1, dryRun(path, type, file).getInt("rows"), path + " as " + type);
            assertEquals(1, dryRun(path, type + "; charset=UTF-8", file).getInt("rows"), path + " as " + type);
        }));
    }

    @Test
    void shouldReportDetailsInFileOrder() {
        // Line 3 is refused while the file is read, lines 2 and 4 when they are written.
        String destatis = DESTATIS_HEADER + "\n" + JENA + "\n" + JENA.replace("16,0,53", "99,0,53") + "\n" + KOELN
                + "\n";
        JsonPath destatisReport = dryRun(DESTATIS, "text/csv", destatis.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(2, 3, 4), destatisReport.getList("details.line"));
        assertEquals("FAILED", destatisReport.getString("details[1].outcome"));
        String wikidata = WIKIDATA_HEADER + "\n" + WIKIDATA_ROW + "\n" + WIKIDATA_ROW.replace("France", "Atlantis")
                + "\n" + WIKIDATA_ROW.replace("Aubervilliers", "Créteil") + "\n";
        JsonPath wikidataReport = dryRun(WIKIDATA, "text/tab-separated-values",
                wikidata.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(2, 3, 4), wikidataReport.getList("details.line"));
        assertEquals("FAILED", wikidataReport.getString("details[1].outcome"));
    }

    @Test
    void shouldNoteARowWithMoreColumnsThanTheHeader() {
        String destatis = DESTATIS_HEADER + "\n" + JENA + ",surplus\n" + KOELN + "\n";
        JsonPath destatisReport = dryRun(DESTATIS, "text/csv", destatis.getBytes(StandardCharsets.UTF_8));
        assertThat(destatisReport.getString("details[0].reason"),
                containsString("the row has 17 columns, the header 16"));
        // Köln's row has no note of its own (a reason it may have, if an earlier test stored it).
        assertThat(destatisReport.getString("details[1].reason"), anyOf(nullValue(), not(containsString("columns"))));
        assertEquals(1, destatisReport.getInt("figures.rowsNoted"));
        String wikidata = WIKIDATA_HEADER + "\n" + WIKIDATA_ROW + "\tsurplus\n";
        assertThat(dryRun(WIKIDATA, "text/tab-separated-values", wikidata.getBytes(StandardCharsets.UTF_8))
                .getString("details[0].reason"), containsString("the row has 11 columns, the header 10"));
    }
}
