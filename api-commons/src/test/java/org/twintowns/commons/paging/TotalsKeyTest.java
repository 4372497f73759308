package org.twintowns.commons.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.persistence.WhereClause;

/**
 * A total is kept under its statement and values, and a list of ids travels as one array: two requests for the
 * same ids must find the same kept total, whatever array holds them (an array's own text is its identity).
 */
class TotalsKeyTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private static WhereClause ids(UUID... ids) {
        return new WhereClause().and("p.id = ANY(:ids)", "ids", ids).and("p.type = :type", "type", "TWINNING");
    }

    @Test
    void shouldKeepATotalOfTheSameIdsUnderOneKey() {
        assertEquals(Totals.key("partnership p", ids(A, B)), Totals.key("partnership p", ids(A, B)));
        assertNotEquals(Totals.key("partnership p", ids(A, B)), Totals.key("partnership p", ids(A)));
        assertNotEquals(Totals.key("partnership p", ids(A)), Totals.key("municipality m", ids(A)));
    }
}
