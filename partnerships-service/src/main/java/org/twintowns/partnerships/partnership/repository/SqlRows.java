package org.twintowns.partnerships.partnership.repository;

import java.time.LocalDate;
import java.util.UUID;

/** Reads the values of native query rows, whichever Java type the JDBC driver chose. */
final class SqlRows {

    private SqlRows() {
    }

    static UUID uuid(Object value) {
        return value instanceof UUID u ? u : value == null ? null : UUID.fromString(value.toString());
    }

    static LocalDate date(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof java.sql.Date sqlDate) {
            return sqlDate.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static int integer(Object value) {
        return ((Number) value).intValue();
    }

    static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** CHAR columns come back as text; trailing blanks are padding, not data. */
    static String text(Object value) {
        return value == null ? null : value.toString().stripTrailing();
    }
}
