package org.twintowns.commons.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlOrderTest {

    private static final Map<String, String> COLUMNS = Map.of("establishedOn", "p.established_on", "id", "p.id");

    @Test
    void shouldRenderEachFieldAsItsColumnInItsDirection() {
        assertEquals("p.established_on DESC, p.id ASC",
                SqlOrder.of(Sort.descending("establishedOn").and("id"), COLUMNS));
    }

    @Test
    void shouldRefuseAFieldWithoutAColumn() {
        assertThrows(IllegalArgumentException.class, () -> SqlOrder.of(Sort.by("name; DROP TABLE p"), COLUMNS));
    }

    @Test
    void shouldPutRowsWithoutAValueLastInBothDirectionsWhenAsked() {
        assertEquals("n.published_at DESC NULLS LAST, n.id ASC NULLS LAST",
                SqlOrder.ofColumns(Sort.descending("n.published_at").and("n.id"), SqlOrder.Nulls.LAST));
        assertEquals("created_at DESC, id ASC",
                SqlOrder.ofColumns(Sort.descending("created_at").and("id"), SqlOrder.Nulls.DEFAULT));
    }
}
