package org.twintowns.partnerships.importing.twinning;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.twintowns.partnerships.importing.ImportJobClient;
import org.twintowns.partnerships.importing.ImportReport;
import org.twintowns.partnerships.importing.ImportRun;
import org.twintowns.partnerships.importing.ImportTransactions;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/**
 * The benchmark's match figures (issue 19): a dry run of the 2017 Wikidata snapshot of 25 European
 * countries on top of the Destatis list (which brings the boroughs of Berlin and Hamburg with it, as on the
 * platform): the share of rows with a German side whose every German side is found among the German places
 * of an official list (AGS municipalities and the city-states' boroughs), and that every row that is not
 * says why. No timing.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class SisterCitiesMatchRateTest {

    private static final Logger LOG = Logger.getLogger(SisterCitiesMatchRateTest.class);

    @Inject
    ImportTransactions transactions;

    @Inject
    TwinningImporter importer;

    @Test
    void shouldMatchTheGermanSidesOfTheEuropeanSnapshotToTheOfficialList() throws IOException {
        ImportJobClient.succeeded(given().auth().oauth2(TestTokens.admin()).contentType("text/csv; charset=UTF-8")
                .body(Files.readAllBytes(Path.of("../data/destatis-gemeindeverzeichnis-2020.csv"))),
                "/api/v1/imports/destatis-municipalities");
        String text = Files.readString(Path.of("../data/wikidata-sistercities-europe-2017.tsv"),
                StandardCharsets.UTF_8);

        ImportReport report = transactions.run(true, ImportRun.Progress.NONE,
                run -> importer.run(text, TwinningMapping.preset("wikidata-2017"), null, run));
        LOG.infof("wikidata-sistercities-europe-2017, dry run: rows %d, outcomes %s, figures %s",
                report.rows(), report.outcomes(), report.figures());

        int germanRows = (int) report.figures().get("germanSideRows");
        int matched = (int) report.figures().get("germanSideMatched");
        assertEquals(9040, germanRows, "the rows with Germany on either side");
        // Issue 19 asks for 97 %; 97.7 % is reached (8,831 rows): 96.4 % by AGS and name, 96.6 % with former
        // municipalities found at their successors' points, 97.7 % with the boroughs of Berlin and Hamburg, which the
        // Destatis import takes in with their city-states (98 rows: Treptow-Köpenick, Neukölln, Kreuzberg, ...). The
        // rest are mostly villages of the same name as a municipality elsewhere (Felsberg in the Saarland) and parts
        // of municipalities that the position alone cannot assign (Wenigumstadt, Finthen, Naurod): near-misses.
        assertTrue((double) report.figures().get("germanSideMatchedPercent") >= 97.7, report.figures().toString());
        assertEquals(94.9, report.figures().get("agsSharePercent"), "a borough has no AGS: the AGS share is unchanged");
        List<ImportReport.Row> unexplained = report.details().stream()
                .filter(r -> r.outcome() == ImportReport.Outcome.FAILED && r.reason() == null).toList();
        assertEquals(List.of(), unexplained);
        long germanUnmatchedExplained = report.details().stream().filter(r -> r.reason() != null
                && (r.outcome() == ImportReport.Outcome.FAILED || r.reason().contains("not found in the AGS list")
                || r.reason().contains("has no AGS in the registry")))
                .count();
        assertTrue(germanUnmatchedExplained >= germanRows - matched,
                "each unmatched German row has a reason: " + germanUnmatchedExplained + " < " + (germanRows - matched));
    }
}
