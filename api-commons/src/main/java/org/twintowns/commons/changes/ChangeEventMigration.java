package org.twintowns.commons.changes;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.CRC32;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates the outbox behind {@link Outbox} and {@link ChangeFeed}, as one versioned migration of each
 * service, declared with a class named for its version (for instance
 * {@code db.migration.V8__Change_event extends ChangeEventMigration}). A later change to these tables
 * is a further versioned migration in each service.
 */
public abstract class ChangeEventMigration extends BaseJavaMigration {

    /** Never edit: Flyway's validation would refuse every database that ran them. */
    public static final String SQL = """
            -- The change feed: one row per change, in the transaction that made it (an outbox). Positions come
            -- from the sequence under an advisory lock held until commit, so they are in commit order.
            CREATE SEQUENCE change_event_position_seq;

            CREATE TABLE change_event (
                position    BIGINT       PRIMARY KEY,
                id          UUID         NOT NULL UNIQUE,
                type        VARCHAR(100) NOT NULL,
                -- The id of the resource the change is about.
                subject     UUID         NOT NULL,
                -- When the change happened (a scheduled publication: when its embargo ended).
                time        TIMESTAMPTZ  NOT NULL,
                -- When it was written, for retention.
                recorded_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
                -- The CloudEvent in the JSON format, as the feed serves it.
                event       TEXT         NOT NULL
            );

            CREATE INDEX change_event_subject_idx ON change_event (subject, position);

            -- Up to which position retention has removed events: a cursor before it has lost events (410).
            CREATE TABLE change_feed_horizon (
                singleton      BOOLEAN PRIMARY KEY DEFAULT true CHECK (singleton),
                pruned_through BIGINT  NOT NULL
            );
            INSERT INTO change_feed_horizon (singleton, pruned_through) VALUES (true, 0);
            """;

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(SQL.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(SQL);
        }
    }
}
