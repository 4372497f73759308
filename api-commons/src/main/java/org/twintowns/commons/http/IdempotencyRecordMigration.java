package org.twintowns.commons.http;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.CRC32;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates the table behind {@link Idempotency}, as one versioned migration of each service that
 * uses it: the service declares at which version, with a class named for it, for instance
 * {@code db.migration.V4__Idempotency_record extends IdempotencyRecordMigration}. A later change
 * to the table is a further versioned migration in each service.
 *
 * <p>Until this migration, a repeatable migration of api-commons ({@code R__idempotency_record.sql},
 * {@code CREATE TABLE IF NOT EXISTS}) made the table, and could never change it. A database made
 * then already holds the table exactly as below, hence IF NOT EXISTS here too; its history keeps the
 * row of the repeatable migration, which the services tell Flyway to pass over
 * ({@code quarkus.flyway.ignore-migration-patterns}).
 */
public abstract class IdempotencyRecordMigration extends BaseJavaMigration {

    /**
     * The statements; the former repeatable migration ran the same (tests replay it as that, to
     * upgrade from it). Never edit them: Flyway's validation would refuse every database that ran them.
     */
    public static final String SQL = """
            -- Responses to POST requests sent with an Idempotency-Key, so that a retried create is answered
            -- with the first answer instead of creating twice.
            CREATE TABLE IF NOT EXISTS idempotency_record (
                idempotency_key VARCHAR(255) NOT NULL,
                -- Whose key it is: the token's subject, or 'anonymous'.
                scope           VARCHAR(255) NOT NULL,
                -- Method, path and a SHA-256 of the body: the same key with another request is refused.
                fingerprint     VARCHAR(128) NOT NULL,
                -- Null while the first request is still being processed.
                status          SMALLINT,
                location        VARCHAR(2000),
                etag            VARCHAR(200),
                body            TEXT,
                created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
                CONSTRAINT idempotency_record_pk PRIMARY KEY (idempotency_key, scope)
            );

            CREATE INDEX IF NOT EXISTS idempotency_record_created_at_idx ON idempotency_record (created_at);
            """;

    /** Of the statements, so that Flyway's validation notices an edit here as it would in an SQL file. */
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
