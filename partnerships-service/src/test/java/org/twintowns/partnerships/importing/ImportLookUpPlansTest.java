package org.twintowns.partnerships.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.twintowns.partnerships.importing.ImportReport.Outcome;
import org.twintowns.partnerships.importing.twinning.TwinningImporter;
import org.twintowns.partnerships.importing.twinning.TwinningMapping;
import org.twintowns.testing.NameTags;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sql.PreparedPlans;
import org.twintowns.testing.sql.RowsRead;

/**
 * An import looks up each chunk's keys in tables it is filling itself, in one transaction that autovacuum
 * cannot analyse until it commits. A plan that PostgreSQL keeps for such a look-up (a generic plan, which
 * it may choose once the driver has prepared the statement on the server, after five runs) is made while
 * the tables are nearly empty and kept as they grow: the twinning import's look-up of 500 partnership keys
 * then compared every partnership with every key, and the Destatis import's look-up of 500 AGS every German
 * municipality with every AGS, which made both imports several times as slow (issue 21).
 *
 * <p>The property, over every batch look-up both imports make, whichever table and column: none runs as a
 * statement prepared on the server, where PostgreSQL may choose to keep a plan for it (whether it does depends
 * on its estimates, so the test asks for what makes it possible). Each is planned with its values at every run
 * ({@code FreshPlans}). A batch look-up is a statement with an array parameter ({@code = ANY($1)}) or an
 * {@code IN} list of parameters; what ran prepared is what PostgreSQL's {@code pg_prepared_statements} counts
 * more plans for after the imports than before. Checked to fail with the look-ups of 2026-12-06 (an
 * {@code IN} list each).
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class ImportLookUpPlansTest {

    /**
     * Three chunks, the last of one row: with the test's prepare threshold of 1 a batch look-up runs prepared on
     * the server from its first chunk on, so a few chunks show it as well as many (seven took 7 to 10 s of CI).
     */
    private static final int ROWS = 2 * DestatisMunicipalityImporter.CHUNK + 1;

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
        TwinningMapping mapping = mapping(tag);
        // The driver prepares each statement on the server at its first run instead of its fifth, so that a batch
        // look-up that would run prepared (where PostgreSQL may keep a generic plan from its sixth run on) shows in
        // pg_prepared_statements within the test's three chunks.
        Set<String> prepared = transactions.run(false, ImportRun.Progress.NONE,
                run -> PreparedPlans.during(em, () -> importBoth(tag, 60, mapping, run)).keySet());
        List<String> batchLookUps = prepared.stream().filter(statement -> BATCH_LOOK_UP.matcher(statement).find())
                .toList();
        assertTrue(batchLookUps.isEmpty(), "batch look-ups prepared on the server, where PostgreSQL may keep a "
                + "generic plan for them: " + batchLookUps);
    }

    /**
     * The second property, over the same look-ups: none is answered through a trigram index. The imports look
     * names up by equality; the trigram indexes are there for searching within names, and one answering an
     * equality walks the entries of every trigram of every name, so that a chunk of names sharing most of
     * their trigrams (the test's, or "Neustadt an der ...") took seconds (4.2 s a chunk on the test registry,
     * before V17's B-tree). Checked to fail without V17 (municipality_search_key_trgm, from GermanRegistry's
     * look-up of places without an official code).
     */
    @Test
    void shouldLookNoNameUpThroughATrigramIndex() {
        String tag = NameTags.letters(6);
        TwinningMapping mapping = mapping(tag);
        // A registry of German places that PostgreSQL has analysed, as it has the real one: most places German, so
        // that the country says little and the names' indexes are what it weighs.
        transactions.run(false, ImportRun.Progress.NONE, run -> destatis.run(
                new StringReader(destatisFile(NameTags.letters(6), 80)), run));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("ANALYZE municipality").executeUpdate());
        Map<String, Long> scanned = RowsRead.trigramScansDuring(
                () -> transactions.run(false, ImportRun.Progress.NONE, run -> {
                    // Which index answers a look-up, not whether the test's small registry is read whole: on a
                    // table of a few thousand rows PostgreSQL may read it all, on the registry it uses an index.
                    em.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
                    importBoth(tag, 70, mapping, run);
                    return null;
                }));
        assertEquals(Map.of(), scanned, "trigram indexes an import scanned (index: scans)");
    }

    /** A twinning list of German and Polish places by name, its own for {@code tag}. */
    private static TwinningMapping mapping(String tag) {
        return TwinningMapping.parse("a.name=a,a.country=@DE,b.name=b,b.country=@PL,"
                + "source.name=@Test list " + tag + ",list=test-" + tag);
    }

    /** Both imports in one run, the municipalities in Kreise {@code firstKreis} on. */
    private void importBoth(String tag, int firstKreis, TwinningMapping mapping, ImportRun run) {
        try {
            ImportReport municipalities = destatis.run(new StringReader(destatisFile(tag, firstKreis)), run);
            assertEquals(ROWS, municipalities.outcomes().get(Outcome.CREATED), municipalities.outcomes().toString());
            // Every pair's German side is one of the municipalities just imported, found by name in the chunks.
            ImportReport pairs = twinning.run(twinningFile(tag), mapping, null, run);
            assertEquals(ROWS, pairs.outcomes().get(Outcome.CREATED), pairs.outcomes().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@link #ROWS} German municipalities named after {@code tag}, in Kreise {@code firstKreis} on of a
     * Regierungsbezirk 9 of Bavaria that has none.
     */
    private static String destatisFile(String tag, int firstKreis) {
        StringBuilder csv = new StringBuilder(DESTATIS_HEADER);
        for (int i = 0; i < ROWS; i++) {
            csv.append("60,64,09,9,%02d,0000,%03d,%s %d, 1.0, 100,,,,,\"11,%05d\",\"48,%05d\"\n"
                    .formatted(firstKreis + i / 999, 1 + i % 999, tag, i, i, i));
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
