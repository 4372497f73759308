package org.twintowns.commons.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How {@link JdbcRows} turns named parameters into JDBC's places; the reads themselves run in the services' tests. */
class JdbcRowsTest {

    @Test
    void namesBecomePlacesInTheOrderTheyStand() {
        var statement = JdbcRows.Positional.of("SELECT * FROM t WHERE a = :a AND b > :b OR a = :a",
                Map.of("a", 1, "b", "x"));
        assertEquals("SELECT * FROM t WHERE a = ? AND b > ? OR a = ?", statement.sql());
        assertEquals(List.of(1, "x", 1), statement.values());
    }

    @Test
    void castsLiteralsQuotedNamesAndCommentsAreNotParameters() {
        var statement = JdbcRows.Positional.of("""
                SELECT ':no', 'it''s :no', "odd:name", x::text -- :no either
                FROM t WHERE y = CAST(:yes AS uuid) AND z = :yes2::int""", Map.of("yes", "1", "yes2", 2));
        assertEquals("""
                SELECT ':no', 'it''s :no', "odd:name", x::text -- :no either
                FROM t WHERE y = CAST(? AS uuid) AND z = ?::int""", statement.sql());
        assertEquals(List.of("1", 2), statement.values());
    }

    @Test
    void aCollectionIsExpandedAsHibernateExpandsItAndAnArrayStaysOneValue() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID[] ids = {a, b};
        var statement = JdbcRows.Positional.of("SELECT * FROM t WHERE id IN (:list) OR id = ANY(:array) LIMIT 3",
                Map.of("list", List.of(a, b), "array", ids));
        assertEquals("SELECT * FROM t WHERE id IN (?, ?) OR id = ANY(?) LIMIT 3", statement.sql());
        assertEquals(3, statement.values().size());
        assertEquals(List.of(a, b), statement.values().subList(0, 2));
        assertArrayEquals(ids, (UUID[]) statement.values().get(2));
    }

    /** PostgreSQL itself reads these in every list of the services' tests (their page's ids, bound for each collection). */
    @Test
    void anArrayOfIdsTravelsAsUuidArrayText() throws Exception {
        UUID a = UUID.fromString("005cc97f-578c-4dbd-972e-0de0625226c0");
        UUID b = UUID.fromString("30ceb0e3-9e31-5417-bf61-15678740b627");
        var array = JdbcRows.uuidArray(new UUID[] {a, null, b});
        assertEquals("uuid[]", array.getType());
        assertEquals("{005cc97f-578c-4dbd-972e-0de0625226c0,NULL,30ceb0e3-9e31-5417-bf61-15678740b627}", array.getValue());
        assertEquals("{}", JdbcRows.uuidArray(new UUID[0]).getValue());
    }

    @Test
    void aMissingValueAnEmptyCollectionAndAPositionalPlaceAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> JdbcRows.Positional.of("SELECT :a", Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> JdbcRows.Positional.of("SELECT 1 WHERE x IN (:a)", Map.of("a", List.of())));
        assertThrows(IllegalArgumentException.class, () -> JdbcRows.Positional.of("SELECT ? + :a", Map.of("a", 1)));
    }
}
