package org.twintowns.commons.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesTest {

    static class Record extends TrackedEntity {
        final List<String> names = new ArrayList<>();
    }

    private static Record stored() {
        Record record = new Record();
        record.updatedAt = OffsetDateTime.parse("2024-01-01T00:00:00Z");
        record.names.add("Iena");
        return record;
    }

    @Test
    void aChangedChildListTouchesTheRecord() {
        Record record = stored();

        boolean changed = Changes.apply(record, r -> List.copyOf(r.names), r -> r.names.set(0, "Jena"));

        assertTrue(changed);
        assertNotEquals(OffsetDateTime.parse("2024-01-01T00:00:00Z"), record.updatedAt);
    }

    @Test
    void theSameContentWrittenAgainLeavesTheRecordAlone() {
        Record record = stored();

        boolean changed = Changes.apply(record, r -> List.copyOf(r.names), r -> {
            r.names.clear();
            r.names.add("Iena");
        });

        assertFalse(changed);
        assertEquals(OffsetDateTime.parse("2024-01-01T00:00:00Z"), record.updatedAt);
    }
}
