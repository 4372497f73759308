package org.twintowns.partnerships.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.changes.Outbox;
import org.twintowns.partnerships.municipality.service.MunicipalityChanges;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/**
 * The Destatis import holds a bounded number of records however large the file and the registry: it
 * looks rows up, writes them and lets go of them a chunk at a time. Doubling the file (and the registry,
 * which the first import fills) leaves the most records held at once where it was, and every created
 * municipality is still told to the feed.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class ImportMemoryBoundTest {

    private static final String HEADER = "satzart,textkennzeichen,land,rb,kreis,vb,gemeinde,gemeindename,flaeche,"
            + "bevoelkerung,maennlich,weiblich,jekm2,postleitzahl,laengengrad,breitengrad\n";

    @Inject
    ImportTransactions transactions;

    @Inject
    DestatisMunicipalityImporter importer;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Test
    void shouldHoldNoMoreRecordsWhenTheFileAndTheRegistryDouble() {
        String tag = "Grenzdorf" + UUID.randomUUID().toString().substring(0, 6);
        int rows = 2 * DestatisMunicipalityImporter.CHUNK;
        int[] held = new int[2];
        for (int round = 0; round < 2; round++) {
            // Kreise 90 to 95 of an Upper Bavarian Regierungsbezirk 9 that does not exist: no real AGS.
            String csv = file(tag + round, 90 + 3 * round, rows * (round + 1));
            int[] mostEvents = {0};
            held[round] = transactions.run(false, ImportRun.Progress.NONE, run -> {
                importer.run(new StringReader(csv), run);
                mostEvents[0] = outbox.held();
                return run.mostManaged();
            });
            assertTrue(mostEvents[0] <= Outbox.HELD_AT_MOST, "events held in memory: " + mostEvents[0]);
            assertEquals(rows * (round + 1L), createdEvents(tag + round));
        }
        assertTrue(held[0] <= DestatisMunicipalityImporter.CHUNK + 10, "records held: " + held[0]);
        assertTrue(held[1] <= held[0] + 10, "records held grew with the file: " + held[0] + " then " + held[1]);
    }

    /** {@code count} municipalities named {@code name} 1, 2, ... from Kreis {@code firstKreis} on, 999 a Kreis. */
    private static String file(String name, int firstKreis, int count) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            csv.append("60,64,09,9,%02d,0000,%03d,%s %d, 1.0, 100,,,,,\"11,%05d\",\"48,%05d\"\n"
                    .formatted(firstKreis + i / 999, 1 + i % 999, name, i, i, i));
        }
        return csv.toString();
    }

    private long createdEvents(String name) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM change_event e JOIN municipality m ON m.id = e.subject "
                                + "WHERE e.type = :type AND m.name LIKE :name")
                .setParameter("type", MunicipalityChanges.CREATED).setParameter("name", name + " %")
                .getSingleResult()).longValue());
    }
}
