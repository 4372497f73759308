package org.twintowns.testing.migration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.twintowns.commons.http.IdempotencyRecordMigration;
import org.twintowns.testing.PostgresSettings;

/**
 * Points a {@code @QuarkusTest} at a database as the service left it before the idempotency table
 * had a versioned migration: its versioned migrations up to the one before (init argument
 * {@link #LAST_VERSION}), then api-commons' former repeatable migration {@value #FORMER_SCRIPT}
 * (the statements of {@link IdempotencyRecordMigration}), and one idempotency record,
 * {@link #RECORD_KEY}. The service then starts on it as in production: it migrates what is new,
 * without cleaning.
 *
 * <p>A database of its own, {@code <artifactId>_former_<checkout>}, made anew at every start. Where
 * Dev Services run the databases ({@code tt.test.devservices}) it steps aside, and so do the tests
 * that use it.
 */
public class FormerSchemaDatabase implements QuarkusTestResourceLifecycleManager {

    /** Init argument: the service's last versioned migration before the idempotency table's. */
    public static final String LAST_VERSION = "lastVersion";
    /** The key of the record made before the upgrade: anonymous, for another request than any test sends. */
    public static final String RECORD_KEY = "made-before-the-upgrade";
    /** The name of the former repeatable migration, as databases that ran it keep it in their history. */
    public static final String FORMER_SCRIPT = "R__idempotency_record.sql";

    private String lastVersion;

    @Override
    public void init(Map<String, String> initArgs) {
        lastVersion = initArgs.get(LAST_VERSION);
        if (lastVersion == null) {
            throw new IllegalArgumentException("FormerSchemaDatabase needs the init argument " + LAST_VERSION);
        }
    }

    @Override
    public Map<String, String> start() {
        if (devServices()) {
            return Map.of();
        }
        String module = System.getProperty("tt.test.database", "twintowns");
        String database = module.replace('-', '_') + "_former_" + PostgresSettings.checkoutTag();
        PostgresSettings settings = PostgresSettings.fromEnvironment();
        settings.recreateDatabase(database);
        String url = settings.jdbcUrl(database);
        Flyway.configure()
                .dataSource(url, settings.user(), settings.password())
                .locations("classpath:db/migration", "filesystem:" + formerRepeatableMigration())
                .target(lastVersion)
                .load()
                .migrate();
        insertRecord(url, settings);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", settings.user(),
                "quarkus.datasource.password", settings.password(),
                "quarkus.datasource.devservices.enabled", "false",
                "quarkus.flyway.clean-at-start", "false");
    }

    @Override
    public void stop() {
        // The database stays until the next start, for debugging.
    }

    /** A folder with the former repeatable migration, as api-commons shipped it. */
    private static Path formerRepeatableMigration() {
        try {
            Path folder = Files.createDirectories(Path.of("target", "former-migrations"));
            Files.writeString(folder.resolve(FORMER_SCRIPT), IdempotencyRecordMigration.SQL);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean devServices() {
        return Boolean.getBoolean("tt.test.devservices");
    }

    private static void insertRecord(String url, PostgresSettings settings) {
        try (Connection c = DriverManager.getConnection(url, settings.user(), settings.password());
             PreparedStatement insert = c.prepareStatement("INSERT INTO idempotency_record "
                     + "(idempotency_key, scope, fingerprint, status, body) VALUES (?, 'anonymous', ?, 201, '{}')")) {
            insert.setString(1, RECORD_KEY);
            insert.setString(2, "0".repeat(64));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the idempotency record of the former schema", e);
        }
    }
}
