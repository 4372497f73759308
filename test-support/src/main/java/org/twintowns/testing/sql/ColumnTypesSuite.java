package org.twintowns.testing.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Column types that make a service's own queries slow without anyone noticing, checked over every column
 * of the service's migrated schema. A service's test extends this with the exceptions it has, each with
 * its reason.
 *
 * <p>No CHAR(n) column (issue 21). The driver sends a Java string as varchar, and PostgreSQL has no
 * char = varchar operator: it compares {@code column::text = $1}, which no index on the CHAR column can
 * answer. municipalities?country=AD walked all 14,652 municipalities of the demo registry by name to find
 * none, and a filter of events by country could not start from its index; neither failed a test, they were
 * only slow. PostgreSQL's own advice is never to use char(n) (wiki, "Don't Do This"). A CHAR column that
 * stays must be compared with a value cast to its type in every query.
 */
public abstract class ColumnTypesSuite {

    @Inject
    DataSource database;

    /** table.column of each CHAR(n) column this service keeps, with the reason it may. */
    protected Map<String, String> charColumnsKept() {
        return Map.of();
    }

    @Test
    void noColumnIsFixedLengthCharacterUnlessKeptForAReason() throws SQLException {
        Map<String, String> found = new TreeMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet columns = statement.executeQuery("""
                     SELECT table_name || '.' || column_name, character_maximum_length FROM information_schema.columns
                     WHERE table_schema = current_schema() AND data_type = 'character'""")) {
            while (columns.next()) {
                found.put(columns.getString(1), "CHAR(" + columns.getInt(2) + ")");
            }
        }
        assertEquals(new TreeMap<>(charColumnsKept()).keySet(), found.keySet(), "CHAR(n) columns " + found
                + ": make them VARCHAR(n), so that a string parameter can use their indexes (or keep one, with its"
                + " reason, in charColumnsKept)");
    }
}
