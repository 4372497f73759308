package org.twintowns.partnerships.importing.twinning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionManager;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.testing.PostgresTestDatabase;

/**
 * The index an import finds places with when the registry's places are in PostgreSQL ({@link RegistryPlaces}), not
 * in the heap: it finds what it found when it held them all ({@link PlaceIndexNearMissTest}, {@link SuccessorsTest}),
 * whether a place was recorded before the last checkpoint (then only the tables have it) or since (then only the
 * index does), and it lets go of them at each checkpoint. The places are in a country of their own ("ZZ") in a
 * transaction that is rolled back.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class RegistryPlacesTest {

    private static final String COUNTRY = "ZZ";

    @Inject
    EntityManager em;

    @Inject
    TransactionManager transactionManager;

    @Test
    void shouldPointOutASlipFromAPlaceInTheTablesAndFromOneRecordedSinceTheCheckpoint() throws Exception {
        for (boolean written : new boolean[] {true, false}) {
            Place potsdam = place("Potsdam", null, null, null);
            inTables(index -> {
                index.add(potsdam, List.of(), List.of());
                index.add(place("Postojna", null, null, null), List.of(), List.of());
                if (written) {
                    index.checkpoint();
                }
                String expected = "its name is a slip away from Potsdam (ZZ, " + potsdam.id() + ")";
                for (String slip : List.of("Potsdm", "Potsedam", "Postdam", "Potsdan")) {
                    assertEquals(expected, nearMiss(index, COUNTRY, slip), slip + ", written: " + written);
                }
                assertNull(nearMiss(index, COUNTRY, "Pitsdum"), "two letters changed");
                assertNull(nearMiss(index, COUNTRY, "Postdm"), "two slips");
                assertNull(nearMiss(index, "YY", "Potsdm"), "another country");
            });
        }
    }

    @Test
    void shouldPointOutTheSlipRecordedFirstAmongThoseOfTheSameLength() throws Exception {
        Place first = place("Kelmsdorf", null, null, null);
        inTables(index -> {
            index.add(first, List.of(), List.of());
            index.checkpoint();
            index.add(place("Kelmsdorn", null, null, null), List.of(), List.of());
            // Kelmsdorx is a slip from both; Kelmsdorf came first.
            assertEquals("its name is a slip away from Kelmsdorf (ZZ, " + first.id() + ")",
                    nearMiss(index, COUNTRY, "Kelmsdorx"));
        });
    }

    @Test
    void shouldLookForASlipOnlyAmongThePlacesRecordedBeforeTheCheck() throws Exception {
        inTables(index -> {
            index.add(place("Wendelsheim", null, null, null), List.of(), List.of());
            index.checkpoint();
            PlaceIndex.NearMiss early = index.nearMiss(COUNTRY, "Brockenhof", null, null);
            Place later = place("Brockenhov", null, null, null);
            index.add(later, List.of(), List.of());
            PlaceIndex.NearMiss after = index.nearMiss(COUNTRY, "Brockenhox", null, null);
            PlaceIndex.NearMiss fromTables = index.nearMiss(COUNTRY, "Wendelsheum", null, null);
            index.settle();
            assertNull(early.reason(), "Brockenhov was recorded after the check");
            assertEquals("its name is a slip away from Brockenhov (ZZ, " + later.id() + ")", after.reason());
            assertTrue(fromTables.reason().startsWith("its name is a slip away from Wendelsheim"), fromTables.reason());
        });
    }

    @Test
    void shouldFindAPlaceByItsNamesItsIdsAndAFormerNameAfterTheCheckpoint() throws Exception {
        Place jena = new Place(UUID.randomUUID(), "Jena", Municipality.Kind.CITY, COUNTRY, null, "16053000", "Q3150",
                null, 50.93, 11.59, null);
        inTables(index -> {
            index.add(jena, List.of("Jena an der Saale"), List.of("Lobeda"));
            index.checkpoint();
            assertEquals(0, index.held(), "the index lets go of what it held at the checkpoint");
            assertEquals(jena, index.find(COUNTRY, "Jena", null, null));
            assertEquals(jena, index.find(COUNTRY, "Jena an der Saale", null, null), "by its other name");
            assertEquals(jena, index.find(COUNTRY, "Jena (Thüringen)", null, null), "without its qualifier");
            assertEquals(jena, index.find(COUNTRY, "Lobeda", null, null), "by its former name");
            assertEquals(jena, index.byQid("Q3150"));
            assertEquals(jena, index.byOfficialCode(COUNTRY, "16053000"));
            assertNull(index.find(COUNTRY, "Jena", 48.0, 11.59), "a Jena 300 km away is another place");
            assertTrue(index.held() > 0);
        });
    }

    @Test
    void shouldFindTheSuccessorAndItsNextNeighbourBeyondTheBoxAroundThePosition() throws Exception {
        Place alone = place("Einsam", "99001000", 10.0, 20.0);
        Place far = place("Fernort", "99002000", 11.0, 20.0);
        inTables(index -> {
            index.add(alone, List.of(), List.of());
            index.add(far, List.of(), List.of());
            index.checkpoint();
            // The next municipality lies 111 km away, outside the box the nearest are looked for in first.
            Successors.Finding finding = index.successors().find(COUNTRY, "Altdorf", 10.001, 20.0, null);
            assertEquals(alone, finding.successor());
            assertEquals("Altdorf is not on the official list; it lies 0.1 km from the point of Einsam (99001000), "
                    + "111.1 km from that of Fernort (99002000): matched by position as a former municipality or "
                    + "part of Einsam", finding.reason());
            Place near = place("Nahdorf", "99003000", 10.01, 20.0);
            index.add(near, List.of(), List.of());
            // One recorded since the checkpoint counts as well: now another municipality lies within 2 km.
            assertNull(index.successors().find(COUNTRY, "Altdorf", 10.001, 20.0, null).successor());
        });
    }

    /** The reason the index gives once its checks are settled, or null. */
    private static String nearMiss(PlaceIndex index, String country, String name) {
        PlaceIndex.NearMiss check = index.nearMiss(country, name, null, null);
        index.settle();
        return check.reason();
    }

    private static Place place(String name, String officialCode, Double latitude, Double longitude) {
        return new Place(UUID.randomUUID(), name, Municipality.Kind.MUNICIPALITY, COUNTRY, null, officialCode, null,
                null, latitude, longitude, null);
    }

    /** Runs {@code work} on an index of the registry's tables in a transaction that is rolled back. */
    private void inTables(Consumer<PlaceIndex> work) throws Exception {
        transactionManager.begin();
        try {
            RegistryPlaces.createTables(em);
            work.accept(RegistryPlaces.load(em));
        } finally {
            transactionManager.rollback();
        }
    }
}
