package org.twintowns.partnerships.importing.twinning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.twintowns.partnerships.importing.ImportJobClient;
import org.twintowns.partnerships.importing.ImportReport;
import org.twintowns.partnerships.importing.ImportReport.Outcome;
import org.twintowns.partnerships.importing.ImportRun;
import org.twintowns.partnerships.importing.ImportTransactions;
import org.twintowns.partnerships.importing.OfficialCodeIds;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/**
 * The boroughs of Berlin and Hamburg: the Destatis import takes them in with their city-state, and the
 * twinning import finds them by their current and former names, never as the city.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class CityStateBoroughsTest {

    /** Rows of data/destatis-gemeindeverzeichnis-2020.csv: the city-states and namesakes of boroughs elsewhere. */
    private static final String DESTATIS = """
            satzart,textkennzeichen,land,rb,kreis,vb,gemeinde,gemeindename,flaeche,bevoelkerung,maennlich,weiblich,jekm2,postleitzahl,laengengrad,breitengrad,schluessel,bezeichnung,verstaedterungschluessel,verstaedterungbezeichnung
            60,61,02,0,00,0000,000,"Hamburg, Freie und Hansestadt", 755.09,1 847 253, 903 974, 943 279, 2 446,20038,"9,99697","53,550678",XHH,Hamburg,01,dicht besiedelt
            60,63,09,4,75,5428,146,"Lichtenberg, St", 9.47, 1 037,  512,  525,  110,95192,"11,675154","50,382765",T07,Frankenwald,03,gering besiedelt
            60,63,09,7,79,0155,155,"Harburg (Schwaben), St", 73.16, 5 561, 2 791, 2 770,  76,86655,"10,692591","48,786821",T22,Bayerisch-Schwaben,03,gering besiedelt
            60,61,11,0,00,0000,000,"Berlin, Stadt", 891.12,3 669 491,1 804 273,1 865 218, 4 118,10178,"13,405538","52,51767",XBE,Berlin,01,dicht besiedelt
            60,64,12,0,73,5310,505,Schöneberg, 46.62,  803,  423,  380,  17,16278,"14,142909","53,008517",A03,Uckermark,03,gering besiedelt
            60,63,16,0,68,0058,058,"Weißensee, Stadt", 55.33, 3 699, 1 825, 1 874,  67,99631,"11,06815","51,195328",E29,Übriges Thüringen,03,gering besiedelt
            """;
    private static final String BERLIN = "11000000";
    private static final String HAMBURG = "02000000";

    @Inject
    ImportTransactions transactions;

    @Inject
    TwinningImporter importer;

    private static JsonPath importDestatis() {
        return ImportJobClient.run(given().auth().oauth2(TestTokens.admin()).contentType("text/csv; charset=UTF-8")
                .body(DESTATIS.getBytes(StandardCharsets.UTF_8)), "/api/v1/imports/destatis-municipalities");
    }

    private static String borough(String city, String name) {
        return OfficialCodeIds.borough("DE", city, name).toString();
    }

    /** The report's borough rows: key to outcome. */
    private static Map<String, String> boroughRows(JsonPath report) {
        List<Map<String, Object>> rows = report.getList("details");
        return rows.stream().filter(r -> ((String) r.get("key")).contains(": borough "))
                .collect(Collectors.toMap(r -> (String) r.get("key"), r -> (String) r.get("outcome")));
    }

    @Test
    void shouldTakeInTheBoroughsOfBerlinAndHamburgWithoutAgsOrPositionAndCreateNothingTheSecondTime() {
        Map<String, String> first = boroughRows(importDestatis());
        assertEquals(19, first.size(), first.toString());
        assertTrue(first.containsKey("11000000 Berlin: borough Treptow-Köpenick"), first.toString());
        assertTrue(first.containsKey("02000000 Hamburg: borough Altona"), first.toString());

        given().get("/api/v1/municipalities/" + borough(BERLIN, "Friedrichshain-Kreuzberg")).then().statusCode(200)
                .body("name", equalTo("Friedrichshain-Kreuzberg")).body("kind", equalTo("DISTRICT"))
                .body("country", equalTo("DE")).body("subdivision", equalTo("DE-BE"))
                .body("slug", equalTo("berlin-friedrichshain-kreuzberg"))
                .body("officialCode", nullValue()).body("coordinates", nullValue())
                .body("otherNames.findAll { it.kind == 'FORMER' }.name", contains("Friedrichshain", "Kreuzberg"))
                .body("otherNames.find { it.name == 'Kreuzberg' }.usedUntil", equalTo("2000-12-31"));
        // Mitte kept its name when Tiergarten and Wedding merged into it: only those two are former names.
        given().get("/api/v1/municipalities/" + borough(BERLIN, "Mitte")).then().statusCode(200)
                .body("otherNames.name", contains("Tiergarten", "Wedding"));
        given().get("/api/v1/municipalities/" + borough(HAMBURG, "Hamburg-Nord")).then().statusCode(200)
                .body("subdivision", equalTo("DE-HH")).body("slug", equalTo("hamburg-nord"));
        // A borough never takes the AGS of a namesake: Lichtenberg in Bavaria is its own municipality.
        given().get("/api/v1/municipalities/" + borough(BERLIN, "Lichtenberg")).then().statusCode(200)
                .body("officialCode", nullValue());
        given().get("/api/v1/municipalities/" + OfficialCodeIds.municipality("DE", "09475146")).then()
                .statusCode(200).body("name", equalTo("Lichtenberg"));
        // Nor is either taken for a duplicate of the other, although the borough has neither AGS nor position.
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/partnerships/consistency").then().statusCode(200)
                .body("likelyDuplicates.municipality.id", not(hasItem(borough(BERLIN, "Lichtenberg"))))
                .body("likelyDuplicates.sameAs.id", not(hasItem(borough(BERLIN, "Lichtenberg"))));

        Map<String, String> again = boroughRows(importDestatis());
        assertEquals(19, again.size());
        assertEquals(List.of("MATCHED"), again.values().stream().distinct().toList(), again.toString());
    }

    @Test
    void shouldMatchBoroughsByTheirCurrentAndFormerNamesAndNeverAsTheCity() {
        importDestatis();
        // Letters no other test's place names carry, so that the partners are this test's own.
        String t = ThreadLocalRandom.current().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        // Names and positions as the 2017 Wikidata snapshot gives them.
        String tsv = """
                place\tlat\tlon\tpartner\tcountry
                Neukölln\t52.483333333333\t13.45\tAnderlecht %1$s\tBE
                Kreuzberg\t52.4875\t13.3833\tSzczecin %1$s\tPL
                Schöneberg\t52.4833\t13.35\tCharenton %1$s\tFR
                Lichtenberg\t52.533333333333\t13.5\tJurbarkas %1$s\tLT
                Altona\t53.55\t9.93\tKaliningrad %1$s\tRU
                Berlin\t52.516666666667\t13.383333333333\tParis %1$s\tFR
                Weißensee\t51.183333333333\t11.066666666667\tDechy %1$s\tFR
                Harburg\t48.78\t10.69\tLaxou %1$s\tFR
                """.formatted(t);
        TwinningMapping mapping = TwinningMapping.parse("a.name=place,a.country=@DE,a.lat=lat,a.lon=lon,"
                + "b.name=partner,b.country=country,source.name=@Test list,list=test-" + t);

        ImportReport report = transactions.run(false, ImportRun.Progress.NONE,
                run -> importer.run(tsv, mapping, null, run));
        assertEquals(8, report.figures().get("germanSideRows"), report.details().toString());
        assertEquals(8, report.figures().get("germanSideMatched"), report.details().toString());
        // Five of the eight German names are boroughs: found on an official list, but without an AGS.
        assertEquals(3, report.figures().get("germanPlacesWithAgs"));
        assertEquals(8, report.figures().get("germanPlaces"));
        assertEquals(8, report.figures().get("municipalitiesCreated"), "only the partners are new");
        assertTrue(report.details().get(1).reason().contains(
                "Kreuzberg is a former name of Friedrichshain-Kreuzberg (until 2000-12-31)"), report.details().get(1)
                .toString());

        partnerOf(borough(BERLIN, "Neukölln"), "Anderlecht " + t);
        partnerOf(borough(BERLIN, "Friedrichshain-Kreuzberg"), "Szczecin " + t);
        partnerOf(borough(BERLIN, "Tempelhof-Schöneberg"), "Charenton " + t);
        partnerOf(borough(BERLIN, "Lichtenberg"), "Jurbarkas " + t);
        partnerOf(borough(HAMBURG, "Altona"), "Kaliningrad " + t);
        partnerOf(OfficialCodeIds.municipality("DE", BERLIN).toString(), "Paris " + t);
        partnerOf(OfficialCodeIds.municipality("DE", "16068058").toString(), "Dechy " + t);
        partnerOf(OfficialCodeIds.municipality("DE", "09779155").toString(), "Laxou " + t);
        given().queryParam("size", 100).get("/api/v1/municipalities/" + OfficialCodeIds.municipality("DE", BERLIN)
                + "/partners").then().statusCode(200).body("items.name", not(hasItem(startsWith("Anderlecht " + t))))
                .body("items.name", not(hasItem("Szczecin " + t))).body("items.name", not(hasItem("Jurbarkas " + t)));

        ImportReport again = transactions.run(false, ImportRun.Progress.NONE,
                run -> importer.run(tsv, mapping, null, run));
        assertEquals(8, again.outcomes().get(Outcome.MATCHED), again.details().toString());
        assertEquals(0, again.figures().get("municipalitiesCreated"));
    }

    private static void partnerOf(String municipality, String partner) {
        given().get("/api/v1/municipalities/" + municipality + "/partners").then().statusCode(200)
                .body("items.name", hasItem(partner));
    }
}
