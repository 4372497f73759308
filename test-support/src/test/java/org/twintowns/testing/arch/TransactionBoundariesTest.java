package org.twintowns.testing.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.arch.fixture.Writers;

/** The rule finds a remote call in a transaction however it is reached, and nothing else. */
class TransactionBoundariesTest {

    private static final TransactionBoundaries FIXTURE = TransactionBoundaries.of(
            Path.of("target", "test-classes"), "org/twintowns/testing/arch/fixture/");

    @Test
    void shouldKnowWhichMethodsOpenATransaction() {
        assertEquals(List.of("Writers$AsksInside.write", "Writers$AsksThroughInterface.write",
                "Writers$StoresOnly.store"), FIXTURE.transactionalMethods());
    }

    @Test
    void shouldFindRemoteCallsThroughHelpersMethodReferencesAndInterfaces() {
        assertEquals(List.of(
                "Writers$AsksInside.write -> Writers$AsksInside.helper -> References.check"
                        + " -> Directory.entry (REST client)",
                "Writers$AsksThroughInterface.write -> Lookup$Remote.find -> References.check"
                        + " -> Directory.entry (REST client)"), FIXTURE.remoteCallsInTransactions());
        AssertionError failure = assertThrows(AssertionError.class, FIXTURE::assertNoRemoteCallInTransaction);
        assertTrue(failure.getMessage().contains("Writers$AsksInside.write -> "), failure.getMessage());
    }

    @Test
    void shouldSeeTheRemoteCallOfAWriteThatChecksBeforeItsTransaction() {
        assertEquals(Optional.of("Writers$ChecksFirst.write -> References.check -> Directory.entry (REST client)"),
                FIXTURE.remoteCallFrom(Writers.ChecksFirst.class, "write"));
        assertEquals(Optional.empty(), FIXTURE.remoteCallFrom(Writers.StoresOnly.class, "store"));
    }
}
