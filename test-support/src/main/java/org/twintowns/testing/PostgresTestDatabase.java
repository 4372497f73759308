package org.twintowns.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at a real PostgreSQL database of its own.
 *
 * <p>Where a Docker engine exists (the build's {@code docker} profile sets
 * {@code tt.test.devservices=true}) it steps aside and Quarkus Dev Services start a PostgreSQL
 * container. Otherwise it uses the server from {@link PostgresSettings} and creates the module's
 * test database there if it is missing: {@code <artifactId>_test_<checkout>}, for instance
 * {@code partnerships_service_test_3fa2c1}, so that two checkouts testing at once on one machine
 * never clean each other's schema.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        if (Boolean.getBoolean("tt.test.devservices")) {
            return Map.of();
        }
        String module = System.getProperty("tt.test.database", "twintowns");
        String database = module.replace('-', '_') + "_test_" + PostgresSettings.checkoutTag();
        PostgresSettings settings = PostgresSettings.fromEnvironment();
        settings.ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", settings.jdbcUrl(database),
                "quarkus.datasource.username", settings.user(),
                "quarkus.datasource.password", settings.password(),
                "quarkus.datasource.devservices.enabled", "false");
    }

    @Override
    public void stop() {
        // The database stays: Flyway cleans it at the next start, and keeping it helps debugging.
    }
}
