package org.twintowns.partnerships.importing.twinning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.twintowns.partnerships.importing.ImportReport;
import org.twintowns.partnerships.importing.ImportReport.Outcome;
import org.twintowns.partnerships.importing.ImportRun;
import org.twintowns.partnerships.importing.ImportTransactions;
import org.twintowns.partnerships.municipality.service.MunicipalityChanges;
import org.twintowns.partnerships.partnership.service.PartnershipChanges;
import org.twintowns.testing.NameTags;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/**
 * The twinning import holds a bounded number of records however large the list and the registry: it
 * knows the registry's places as records, reads a place's entity only for the rows that lead to it, and
 * lets go of them a chunk of rows at a time. Doubling the list (and the registry, which the first import
 * fills) leaves the most records held at once where it was; places made in one chunk are found in the
 * next, a dry run reports what the real run then does, and everything made is told to the feed.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class TwinningMemoryBoundTest {

    /** The Italian places a list pairs with, all in its first chunk: every list's first chunk makes as many records. */
    private static final int BETAS = TwinningImporter.CHUNK / 2;

    @Inject
    ImportTransactions transactions;

    @Inject
    TwinningImporter importer;

    @Inject
    EntityManager em;

    @Test
    void shouldHoldNoMoreRecordsWhenTheListAndTheRegistryDouble() {
        String tag = NameTags.letters(6);
        int[] held = new int[2];
        int[] heldAside = new int[2];
        for (int round = 0; round < 2; round++) {
            int rows = 2 * TwinningImporter.CHUNK * (round + 1);
            String name = tag + round;
            String csv = file(name, rows);
            TwinningMapping mapping = TwinningMapping.parse("a.name=a,a.country=@FR,b.name=b,b.country=@IT,"
                    + "source.name=@Test list " + name + ",list=test-" + name);

            ImportReport dry = transactions.run(true, ImportRun.Progress.NONE,
                    run -> importer.run(csv, mapping, null, run));
            int[] mostHeld = {0, 0};
            ImportReport report = transactions.run(false, ImportRun.Progress.NONE, run -> {
                ImportReport done = importer.run(csv, mapping, null, run);
                mostHeld[0] = run.mostManaged();
                mostHeld[1] = run.mostHeldAside();
                return done;
            });
            held[round] = mostHeld[0];
            heldAside[round] = mostHeld[1];

            // Every row made a partnership but the last, which lists the first chunk's first pair again.
            assertEquals(rows, report.outcomes().get(Outcome.CREATED), report.details().toString());
            assertEquals(1, report.outcomes().get(Outcome.MATCHED));
            assertEquals("listed again in this file", report.details().get(rows).reason());
            // Each Beta was made once, in the first chunk, and found by name in the later ones.
            assertEquals(rows + BETAS, report.figures().get("municipalitiesCreated"));
            assertEquals(report.outcomes(), dry.outcomes());
            assertEquals(report.figures(), dry.figures());
            assertEquals(rows + (long) BETAS, events(MunicipalityChanges.CREATED, "municipality", name));
            assertEquals(rows, events(PartnershipChanges.CREATED, "partnership", name));
        }
        // A chunk's rows made at most two places, a partnership and its listing each.
        assertTrue(held[0] <= 4 * TwinningImporter.CHUNK, "records held: " + held[0]);
        assertTrue(held[1] <= held[0] + 10, "records held grew with the list: " + held[0] + " then " + held[1]);
        // The index of places holds what a chunk's rows ask for, not the registry: the second list's registry has
        // the first list's 1,250 places more (and every other test's), and its index holds no more. A chunk's places
        // are held under their few keys (three here: as written, without kind words, without qualifiers), once as
        // recorded and once as known: 4,500 for the first chunk's 750 new places.
        assertTrue(heldAside[0] <= 10 * TwinningImporter.CHUNK, "places held aside: " + heldAside[0]);
        assertTrue(heldAside[1] <= heldAside[0] + 10, "places held aside grew with the registry: " + heldAside[0]
                + " then " + heldAside[1]);
    }

    /**
     * {@code count} pairs of Alpha i in France and Beta i mod {@link #BETAS} in Italy, all named after
     * {@code name}, then the first pair again.
     */
    private static String file(String name, int count) {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < count; i++) {
            csv.append("Alpha %s %d,Beta %s %d\n".formatted(name, i, name, i % BETAS));
        }
        return csv.append("Alpha %s 0,Beta %s 0\n".formatted(name, name)).toString();
    }

    /** Events of {@code type} about the import's records: municipalities by name, partnerships by source name. */
    private long events(String type, String table, String name) {
        String named = table.equals("municipality") ? "s.name LIKE :name" : "s.source_name = 'Test list ' || :tag";
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM change_event e JOIN " + table + " s ON s.id = e.subject "
                                + "WHERE e.type = :type AND " + named)
                .setParameter("type", type)
                .setParameter(table.equals("municipality") ? "name" : "tag",
                        table.equals("municipality") ? "% " + name + " %" : name)
                .getSingleResult()).longValue());
    }
}
