package org.twintowns.commons.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code jsonb} columns of a row read straight from JDBC ({@link JdbcRows}) as the entities hold them:
 * texts by language as a map, a list of texts as a list. The driver gives a {@code jsonb} as its text; these are
 * plain JSON objects and arrays of strings, which the database's own check constraints keep them.
 */
public final class JsonColumns {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    /** The column's object of texts by key, in the order PostgreSQL keeps them; null for SQL NULL. */
    public static Map<String, String> texts(ResultSet row, int column) throws SQLException {
        return read(row, column, TEXTS);
    }

    /** The column's array of texts, in order; null for SQL NULL. */
    public static List<String> strings(ResultSet row, int column) throws SQLException {
        return read(row, column, STRINGS);
    }

    private static <T> T read(ResultSet row, int column, TypeReference<T> type) throws SQLException {
        String text = row.getString(column);
        if (text == null) {
            return null;
        }
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("column " + column + " is not the JSON expected: " + e.getOriginalMessage(), e);
        }
    }
}
