package org.twintowns.testing.migration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.twintowns.testing.PostgresSettings;

/**
 * Points a {@code @QuarkusTest} at a database that an earlier version of the service left: its
 * versioned migrations up to {@value #LAST_VERSION} (an init argument), and api-commons' former
 * repeatable migration of the idempotency table ({@code db/former}), with one idempotency record
 * in it, {@link #RECORD_KEY}. The service then starts on it as in production, migrating what is
 * new, without cleaning.
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
                .locations("classpath:db/migration", "classpath:db/former")
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
