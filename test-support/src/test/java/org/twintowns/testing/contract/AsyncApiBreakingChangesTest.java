package org.twintowns.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Against the committed events contract: what a subscriber would notice is breaking, what it may ignore is not. */
class AsyncApiBreakingChangesTest {

    private static final Path EVENTS = Path.of("..", "contracts", "twintowns-events.asyncapi.yaml");

    @Test
    void shouldFindNothingBetweenADocumentAndItself() throws IOException {
        String document = Files.readString(EVENTS);
        assertTrue(AsyncApiBreakingChanges.isAsyncApi(document));
        assertEquals(List.of(), AsyncApiBreakingChanges.between(document, document));
    }

    @Test
    void shouldReportARemovedEventTypeAndARemovedProperty() throws IOException {
        String document = Files.readString(EVENTS);
        String changed = document.replace("      news.withdrawn:\n", "      news.retracted:\n")
                .replace("NewsWithdrawn:", "NewsRetracted:")
                .replace("        slug:\n          type: string\n", "");
        List<String> found = AsyncApiBreakingChanges.between(document, changed);
        assertTrue(found.contains("message NewsWithdrawn: removed"), found.toString());
        assertTrue(found.contains("schema Tombstone: property slug removed"), found.toString());
        assertTrue(found.stream().anyMatch(c -> c.startsWith("channel newsChanges: message NewsWithdrawn")),
                found.toString());
    }

    @Test
    void shouldLetANewEventTypeThrough() throws IOException {
        String document = Files.readString(EVENTS);
        String added = document.replace("  schemas:\n", "  schemas:\n    Extra:\n      type: object\n");
        assertEquals(List.of(), AsyncApiBreakingChanges.between(document, added));
    }
}
