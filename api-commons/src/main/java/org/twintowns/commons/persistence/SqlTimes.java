package org.twintowns.commons.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads a {@code timestamptz} of a native query's row, whichever Java type Hibernate and the JDBC
 * driver chose for it ({@link Instant}, {@link OffsetDateTime} or {@link java.sql.Timestamp}).
 */
public final class SqlTimes {

    private SqlTimes() {
    }

    /** The instant in UTC; null for null. */
    public static OffsetDateTime utc(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected time type " + value.getClass());
    }
}
