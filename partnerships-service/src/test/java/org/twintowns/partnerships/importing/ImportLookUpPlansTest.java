package org.twintowns.partnerships.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.twintowns.partnerships.importing.ImportReport.Outcome;
import org.twintowns.partnerships.importing.twinning.TwinningImporter;
import org.twintowns.partnerships.importing.twinning.TwinningMapping;
import org.twintowns.testing.NameTags;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/**
 * An import looks up each chunk's keys in tables it is filling itself, in one transaction that autovacuum
 * cannot analyse until it commits. A plan that PostgreSQL keeps for such a look-up (a generic plan, which
 * it may choose once the driver has prepared the statement on the server, after five runs) is made while
 * the tables are nearly empty and kept as they grow: the twinning import's look-up of 500 partnership keys
 * then compared every partnership with every key, and the Destatis import's look-up of 500 AGS every German
 * municipality with every AGS, which made both imports several times as slow (issue 21).
 *
 * <p>The property, over every batch look-up both imports make, whichever table and column: none is prepared on
 * the server, where PostgreSQL may choose to keep a plan for it (whether it does depends on its estimates, so
 * the test asks for what makes it possible). Each is planned with its values at every run ({@code FreshPlans}).
 * A batch look-up is a statement with an array parameter ({@code = ANY($1)}) or an {@code IN} list of
 * parameters; the statements the connection prepared are PostgreSQL's {@code pg_prepared_statements}. Checked
 * to fail with the look-ups of 2026-12-06 (an {@code IN} list each, the driver's default threshold).
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class ImportLookUpPlansTest {

    /** More chunks than the driver's five runs before it prepares a statement on the server, and then some. */
    private static final int ROWS = 7 * DestatisMunicipalityImporter.CHUNK + 1;

    private static final String DESTATIS_HEADER = "satzart,textkennzeichen,land,rb,kreis,vb,gemeinde,gemeindename,"
            + "flaeche,bevoelkerung,maennlich,weiblich,jekm2,postleitzahl,laengengrad,breitengrad\n";

    private static final Pattern BATCH_LOOK_UP = Pattern.compile(
            "(?i)=\\s*ANY\\s*\\(\\s*\\$\\d+|\\bIN\\s*\\(\\s*\\$\\d+\\s*,");

    @Inject
    ImportTransactions transactions;

    @Inject
    DestatisMunicipalityImporter destatis;

    @Inject
    TwinningImporter twinning;

    @Inject
    EntityManager em;

    @Test
    void shouldPlanEveryBatchLookUpOfAnImportWithItsValues() {
        String tag = NameTags.letters(6);
        TwinningMapping mapping = TwinningMapping.parse("a.name=a,a.country=@DE,b.name=b,b.country=@PL,"
                + "source.name=@Test list " + tag + ",list=test-" + tag);
        List<String> prepared = transactions.run(false, ImportRun.Progress.NONE, run -> {
            // The driver prepares each statement on the server at its first run instead of its fifth, so that
            // PostgreSQL, which plans the first five runs of a prepared statement with their values and may keep a
            // generic plan from the sixth on, has to choose in a test of seven chunks.
            PGConnection connection = em.unwrap(Session.class).doReturningWork(c -> c.unwrap(PGConnection.class));
            int threshold = connection.getPrepareThreshold();
            connection.setPrepareThreshold(1);
            try {
                return importBoth(tag, mapping, run);
            } finally {
                connection.setPrepareThreshold(threshold);
            }
        });
        List<String> batchLookUps = prepared.stream().filter(statement -> BATCH_LOOK_UP.matcher(statement).find())
                .toList();
        assertTrue(batchLookUps.isEmpty(), "batch look-ups prepared on the server, where PostgreSQL may keep a "
                + "generic plan for them: " + batchLookUps);
    }

    /** Both imports in one run; then the statements the run's connection prepared on the server. */
    private List<String> importBoth(String tag, TwinningMapping mapping, ImportRun run) throws IOException {
        ImportReport municipalities = destatis.run(new StringReader(destatisFile(tag)), run);
        assertEquals(ROWS, municipalities.outcomes().get(Outcome.CREATED), municipalities.outcomes().toString());
        // Every pair's German side is one of the municipalities just imported, found by name in the chunks.
        ImportReport pairs = twinning.run(twinningFile(tag), mapping, null, run);
        assertEquals(ROWS, pairs.outcomes().get(Outcome.CREATED), pairs.outcomes().toString());
        @SuppressWarnings("unchecked")
        List<String> statements = em.createNativeQuery("SELECT statement FROM pg_prepared_statements").getResultList();
        return statements;
    }

    /** {@link #ROWS} German municipalities named after {@code tag}, in Kreise 60 on of a Regierungsbezirk 9 of Bavaria that has none. */
    private static String destatisFile(String tag) {
        StringBuilder csv = new StringBuilder(DESTATIS_HEADER);
        for (int i = 0; i < ROWS; i++) {
            csv.append("60,64,09,9,%02d,0000,%03d,%s %d, 1.0, 100,,,,,\"11,%05d\",\"48,%05d\"\n"
                    .formatted(60 + i / 999, 1 + i % 999, tag, i, i, i));
        }
        return csv.toString();
    }

    /** Each of those municipalities twinned with a Polish place of its own. */
    private static String twinningFile(String tag) {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("%s %d,Miasto %s %d\n".formatted(tag, i, tag, i));
        }
        return csv.toString();
    }
}
