package org.twintowns.partnerships.importing.twinning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.partnerships.importing.ImportReport;
import org.twintowns.partnerships.importing.ImportReport.Outcome;
import org.twintowns.partnerships.importing.ImportRun;
import org.twintowns.partnerships.importing.ImportTransactions;
import org.twintowns.testing.NameTags;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/** The twinning import end to end on the real database: mapping forms, countries, Wikidata ids, names, near-misses. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class TwinningImportTest {

    @Inject
    ImportTransactions transactions;

    @Inject
    TwinningImporter importer;

    /** Letters no other test's place names carry, so that each test finds only its own places. */
    private static String tag() {
        return NameTags.letters(6);
    }

    /** A Wikidata id far beyond the real ones, different in every test. */
    private static String qid() {
        return "Q9" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }

    private ImportReport run(boolean dryRun, String text, TwinningMapping mapping, QidNames names) {
        return transactions.run(dryRun, ImportRun.Progress.NONE, run -> importer.run(text, mapping, names, run));
    }

    private static String create(String name, String country, double lat, double lon, String qid) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                {"name": "%s", "kind": "MUNICIPALITY", "country": "%s", "wikidataId": %s,
                 "coordinates": {"latitude": %s, "longitude": %s}}"""
                .formatted(name, country, qid == null ? "null" : "\"" + qid + "\"", lat, lon))
                .post("/api/v1/municipalities").then().statusCode(201).extract().path("id");
    }

    private static int count(String path) {
        return given().queryParam("size", 1).get(path).then().statusCode(200).extract().path("totalItems");
    }

    private static String idOf(String name, String country) {
        List<String> ids = given().queryParam("name", name).queryParam("country", country)
                .get("/api/v1/municipalities").then().statusCode(200).extract().path("items.id");
        assertEquals(1, ids.size(), name + " in " + country + ": " + ids);
        return ids.get(0);
    }

    @Test
    void shouldImportAnyCountriesByNameThroughTheQueryFormAndCreateNothingTheSecondTime() {
        String t = tag();
        String csv = """
                Stadt;Land;Partner;Partnerland;seit;Art
                Aberaeron %1$s;Wales;Gallipolis %1$s;Ohio, United States;1985;Partnerschaft
                Batumi %1$s;Georgia (country);Rustavi %1$s;Georgien;12.5.1992;friendship
                Cieszyn %1$s;PL;Aberaeron %1$s;England;;
                """.formatted(t);
        TwinningMapping mapping = TwinningMapping.parse("a.name=Stadt,a.country=Land,b.name=Partner,"
                + "b.country=Partnerland,start=seit,type=Art,source.name=@Test list " + t + ",list=test-" + t);

        ImportReport report = run(false, csv, mapping, null);
        assertEquals(Map.of(Outcome.CREATED, 3), nonZero(report.outcomes()), report.details().toString());
        assertEquals(5, report.figures().get("municipalitiesCreated"));
        String aberaeron = idOf("Aberaeron " + t, "GB");
        idOf("Gallipolis " + t, "US");
        idOf("Rustavi " + t, "GE");
        given().get("/api/v1/partnerships/" + report.details().get(0).id()).then().statusCode(200)
                .body("establishedOn", equalTo("1985-01-01")).body("establishedYearOnly", equalTo(true))
                .body("type", equalTo("TWINNING")).body("sourceName", equalTo("Test list " + t));
        given().get("/api/v1/partnerships/" + report.details().get(1).id()).then()
                .body("establishedOn", equalTo("1992-05-12")).body("type", equalTo("FRIENDSHIP"));
        // The third row's partner, in England, is the Welsh place of the first: both are GB.
        given().get("/api/v1/municipalities/" + aberaeron + "/partners").then()
                .body("items.name", containsInAnyOrder("Gallipolis " + t, "Cieszyn " + t));

        ImportReport again = run(false, csv, mapping, null);
        assertEquals(Map.of(Outcome.MATCHED, 3), nonZero(again.outcomes()));
        assertEquals(0, again.figures().get("municipalitiesCreated"));
    }

    @Test
    void shouldFindPlacesWhoseNamesCarryTheWordsForTheirKindThroughTheJsonForm() {
        String t = tag();
        String vasteras = create("Västerås " + t, "SE", 59.61, 16.55, null);
        String pesaro = create("Pesaro and Urbino " + t, "IT", 43.9, 12.9, null);
        String tsv = """
                from\tfrom_country\tto\tto_country
                Västerås %1$s Municipality\tSweden\tProvincia di Pesaro e Urbino %1$s\tItaly
                Municipality of Västerås %1$s\tSchweden\tPesaro und Urbino %1$s\tIT
                """.formatted(t);
        TwinningMapping mapping = TwinningMapping.fromJson("""
                {"columns": {"a.name": "from", "a.country": "from_country", "b.name": "to", "b.country": "to_country"},
                 "fixed": {"source.name": "Test list", "type": "COOPERATION"}, "list": "test-%s"}""".formatted(t));

        ImportReport report = run(false, tsv, mapping, null);
        assertEquals(0, report.figures().get("municipalitiesCreated"), report.details().toString());
        assertEquals(List.of(Outcome.CREATED, Outcome.MATCHED), report.details().stream().map(r -> r.outcome()).toList());
        given().get("/api/v1/municipalities/" + vasteras + "/partners").then()
                .body("items.municipalityId", equalTo(List.of(pesaro))).body("items.type", equalTo(List.of("COOPERATION")));
    }

    @Test
    void shouldMatchByWikidataIdForGoodStoreNewIdsAndKeepDifferentOnes() {
        String t = tag();
        String known = qid();
        String fresh = qid();
        String other = qid();
        String jena = create("Jenastadt " + t, "DE", 50.93, 11.59, known);
        String kassel = create("Kasselburg " + t, "DE", 51.31, 9.49, null);
        String conflicted = create("Erlangenau " + t, "DE", 49.6, 11.0, qid());
        String csv = """
                name,qid,partner,partner_qid
                Somewhere else entirely %1$s,%2$s,Kasselburg %1$s,http://www.wikidata.org/entity/%3$s
                Erlangenau %1$s,%4$s,Jenastadt %1$s,
                """.formatted(t, known, fresh, other);
        TwinningMapping mapping = TwinningMapping.parse("a.name=name,a.qid=qid,a.country=@DE,b.name=partner,"
                + "b.qid=partner_qid,b.country=@DE,source.name=@Test,list=test-" + t);

        ImportReport report = run(false, csv, mapping, null);
        assertEquals(0, report.figures().get("municipalitiesCreated"), report.details().toString());
        assertEquals(1, report.figures().get("wikidataIdsRecorded"));
        assertEquals(1, report.figures().get("wikidataIdConflicts"));
        // The id found Jenastadt under another name; Kasselburg got its id; Erlangenau kept its own.
        given().get("/api/v1/municipalities/by-wikidata/" + known).then().statusCode(200).body("id", equalTo(jena));
        given().get("/api/v1/municipalities/by-wikidata/" + fresh).then().statusCode(200).body("id", equalTo(kassel));
        given().get("/api/v1/municipalities/by-wikidata/" + other).then().statusCode(404);
        assertTrue(report.details().get(1).reason().contains("kept"), report.details().get(1).reason());
        given().get("/api/v1/municipalities/" + conflicted + "/partners").then()
                .body("items.municipalityId", equalTo(List.of(jena)));
    }

    @Test
    void shouldImportPairsOfWikidataIdsWithTheirNamesFromASecondFile() {
        String t = tag();
        String q1 = qid();
        String q2 = qid();
        String q3 = qid();
        String pairs = "item,twin\n%s,wd:%s\n%s,%s\n".formatted(q1, q2, q1, q3);
        QidNames names = QidNames.parse("""
                qid\tname\tcountry\tlat\tlon
                %s\tEinsdorf %s\tDeutschland\t51.0\t10.0
                %s\tDeuxville %s\tFrance\t\t
                """.formatted(q1, t, q2, t));

        ImportReport report = run(false, pairs, TwinningMapping.preset("wikidata-qids"), names);
        assertEquals(List.of(Outcome.CREATED, Outcome.FAILED), report.details().stream().map(r -> r.outcome()).toList());
        assertTrue(report.details().get(1).reason().contains(q3 + " is neither in the registry nor in the names file"),
                report.details().get(1).reason());
        given().get("/api/v1/municipalities/by-wikidata/" + q1).then().statusCode(200)
                .body("name", equalTo("Einsdorf " + t)).body("country", equalTo("DE"));
        given().get("/api/v1/municipalities/by-wikidata/" + q2).then().statusCode(200)
                .body("name", equalTo("Deuxville " + t)).body("country", equalTo("FR"));
        // Known by their ids now, the pairs need no names file the second time.
        assertEquals(Outcome.MATCHED, run(false, pairs.substring(0, pairs.lastIndexOf(q1)),
                TwinningMapping.preset("wikidata-qids"), null).details().get(0).outcome());
    }

    @Test
    void shouldMatchTheGermanDistrictsItCreatedWhenTheListComesAgain() {
        // A German district the import creates has no AGS and no state: the second run finds it, and the
        // check whether a place is a city-state's borough takes a place without a state in its stride.
        String t = tag();
        String csv = """
                Stadt;Partner
                Landkreis Probe %1$s;Comté Essai %1$s
                """.formatted(t);
        TwinningMapping mapping = TwinningMapping.parse("a.name=Stadt,a.country=@DE,b.name=Partner,b.country=@FR,"
                + "source.name=@Test,list=test-" + t);
        ImportReport first = run(false, csv, mapping, null);
        assertEquals(Map.of(Outcome.CREATED, 1), nonZero(first.outcomes()), first.details().toString());
        ImportReport again = run(false, csv, mapping, null);
        assertEquals(Map.of(Outcome.MATCHED, 1), nonZero(again.outcomes()), again.details().toString());
        assertEquals(0, again.figures().get("municipalitiesCreated"));
    }

    /**
     * A new place takes its name's slug; where a municipality has it, the slug with the country; where that is
     * taken too, with a number. The registry's slugs are looked up for a whole chunk before its rows, and the
     * slugs the run itself gives are known without a look-up: the second row's new places get slugs that
     * neither the registry nor the first row's new places have.
     */
    @Test
    void shouldGiveANewPlaceASlugNobodyHasWithItsCountryAndThenANumber() {
        String t = tag();
        create("Slugheim " + t, "FR", 45.1, 4.1, null);
        create("Slugheim " + t + " it", "FR", 45.2, 4.2, null);
        String csv = """
                a,b
                Slugheim %1$s,Slugheim %1$s
                Slugdorf %1$s,Slugdorf %1$s
                """.formatted(t);
        ImportReport report = run(false, csv, TwinningMapping.parse("a.name=a,a.country=@IT,b.name=b,b.country=@ES,"
                + "source.name=@Test,list=test-" + t), null);
        assertEquals(Map.of(Outcome.CREATED, 2), nonZero(report.outcomes()), report.details().toString());
        Map<String, String> slugs = Map.of(
                "slugheim-" + t + "-it-2", "IT", "slugheim-" + t + "-es", "ES",
                "slugdorf-" + t, "IT", "slugdorf-" + t + "-es", "ES");
        slugs.forEach((slug, country) -> given().get("/api/v1/municipalities/by-slug/" + slug)
                .then().statusCode(200).body("country", equalTo(country)));
    }

    @Test
    void shouldWriteNothingInADryRun() {
        String t = tag();
        int municipalities = count("/api/v1/municipalities");
        int partnerships = count("/api/v1/partnerships");
        ImportReport report = run(true, "a,b\nTrockenau %1$s,Nassheim %1$s\n".formatted(t),
                TwinningMapping.parse("a.name=a,a.country=@AT,b.name=b,b.country=@CH,source.name=@Test"), null);
        assertTrue(report.dryRun());
        assertEquals(Map.of(Outcome.CREATED, 1), nonZero(report.outcomes()));
        assertEquals(municipalities, count("/api/v1/municipalities"));
        assertEquals(partnerships, count("/api/v1/partnerships"));
    }

    @Test
    void shouldMatchAFormerMunicipalityAtTheSuccessorsPointButNeitherADistrictNorItsIdOrName() {
        String t = tag();
        double lat = 55 + ThreadLocalRandom.current().nextDouble(0.5);
        double lon = 4 + ThreadLocalRandom.current().nextDouble(0.5);
        String ags = "99" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String id = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                {"name": "Newtown %s", "kind": "MUNICIPALITY", "country": "DE", "officialCode": "%s",
                 "coordinates": {"latitude": %s, "longitude": %s}}""".formatted(t, ags, lat, lon))
                .post("/api/v1/municipalities").then().statusCode(201).extract().path("id");
        String tsv = "a\ta_lat\ta_lon\ta_qid\tb\n"
                + "Oldtown %1$s\t%2$s\t%3$s\t%4$s\tPartner %1$s\n".formatted(t, lat + 0.001, lon, qid())
                + "Landkreis Oldtown %1$s\t%2$s\t%3$s\t\tPartner %1$s\n".formatted(t, lat, lon);

        ImportReport report = run(false, tsv, TwinningMapping.parse("a.name=a,a.country=@DE,a.lat=a_lat,a.lon=a_lon,"
                + "a.qid=a_qid,b.name=b,b.country=@FR,source.name=@Test,language=en"), null);

        assertEquals(1, report.figures().get("germanSideMatched"), report.details().toString());
        assertTrue(report.details().get(0).reason().contains("matched by position as a former municipality or part of "
                + "Newtown " + t), report.details().get(0).reason());
        assertTrue(report.details().get(1).reason().contains("created without AGS"), report.details().get(1).reason());
        given().get("/api/v1/municipalities/" + id).then().statusCode(200)
                .body("wikidataId", equalTo(null), "otherNames.size()", equalTo(0));
    }

    @Test
    void shouldReportNearMissesAPersonShouldLookAt() {
        String t = tag();
        create("Zabrzeq " + t, "PL", 50.3, 18.78, null);
        create("Farplace " + t, "PL", 50.0, 19.0, null);
        String csv = """
                a,b,b_lat,b_lon
                Hub %1$s,Zabrzeo %1$s,50.3,18.78
                Hub %1$s,Farplace %1$s,54.0,18.0
                """.formatted(t);
        ImportReport report = run(true, csv, TwinningMapping.parse("a.name=a,a.country=@CZ,b.name=b,b.country=@PL,"
                + "b.lat=b_lat,b.lon=b_lon,source.name=@Test"), null);
        assertEquals(2, report.figures().get("nearMisses"), report.details().toString());
        assertTrue(report.details().get(0).reason().contains("a slip away from Zabrzeq " + t),
                report.details().get(0).reason());
        assertTrue(report.details().get(1).reason().contains("km away"), report.details().get(1).reason());
    }

    @Test
    void shouldRefuseABadMappingOrAFileWithoutAMappedColumnBeforeWritingAnything() {
        assertRefused("mapping", "a.country", () -> TwinningMapping.parse("a.name=x,b.name=y,b.country=z,source.name=@s"));
        assertRefused("mapping", "'a.town' is not a key", () -> TwinningMapping.parse("a.town=x"));
        assertRefused("mapping", "source.name", () -> TwinningMapping.parse("a.name=x,a.country=@DE,b.name=y,b.country=@DE"));
        assertRefused("mapping", "unknown partner country", () -> TwinningMapping.parse(
                "a.name=x,a.country=@DE,b.name=y,b.country=@Atlantis,source.name=@s"));
        assertRefused("mapping", "no preset", () -> TwinningMapping.preset("nope"));
        assertRefused("mapping", "not JSON", () -> TwinningMapping.fromJson("{"));
        assertRefused("mapping", "\"rows\" is not part of a mapping", () -> TwinningMapping.fromJson("{\"rows\": 1}"));

        int municipalities = count("/api/v1/municipalities");
        TwinningMapping mapping = TwinningMapping.parse("a.name=Stadt,a.country=@DE,b.name=Partner,b.country=Land,"
                + "source.name=@s");
        assertRefused("body", "has no column 'Land', which the mapping names for b.country",
                () -> run(false, "Stadt,Partner\nJena,Lugoj\n", mapping, null));
        assertEquals(municipalities, count("/api/v1/municipalities"));
    }

    private static void assertRefused(String field, String says, Runnable call) {
        ProblemException refused = assertThrows(ProblemException.class, call::run);
        Problem problem = refused.problem();
        assertEquals(400, problem.status());
        assertEquals(field, problem.errors().get(0).field());
        assertTrue(problem.errors().get(0).message().contains(says), problem.errors().get(0).message());
    }

    private static Map<Outcome, Integer> nonZero(Map<Outcome, Integer> outcomes) {
        Map<Outcome, Integer> counted = new java.util.EnumMap<>(Outcome.class);
        outcomes.forEach((outcome, n) -> {
            if (n > 0) {
                counted.put(outcome, n);
            }
        });
        return counted;
    }
}
