package org.twintowns.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Where the PostgreSQL server for tests is ({@code TT_DB_HOST}, {@code TT_DB_PORT},
 * {@code TT_DB_USER}, {@code TT_DB_PASSWORD}; defaults: the local server at 127.0.0.1:5432), and
 * how to make sure a database exists on it.
 */
public record PostgresSettings(String host, int port, String user, String password) {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /** SQLSTATE duplicate_database: another build created it a moment ago. */
    private static final String DUPLICATE_DATABASE = "42P04";

    public static PostgresSettings fromEnvironment() {
        return new PostgresSettings(
                env("TT_DB_HOST", "127.0.0.1"),
                Integer.parseInt(env("TT_DB_PORT", "5432")),
                env("TT_DB_USER", "postgres"),
                env("TT_DB_PASSWORD", "postgres"));
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String database) {
        checkName(database);
        try (Connection c = maintenanceConnection();
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw new IllegalStateException("Cannot create test database " + database + " on " + host + ":" + port
                        + " as " + user + " (is PostgreSQL running? see README.md)", e);
            }
        }
    }

    /** Drops (ending its sessions) and creates the database, for suites that need a blank slate. */
    public void recreateDatabase(String database) {
        checkName(database);
        try (Connection c = maintenanceConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot recreate database " + database + " on " + host + ":" + port, e);
        }
    }

    /**
     * A short tag of this checkout (a hash of its directory), for database names that must not be
     * shared by two checkouts building at the same time.
     */
    public static String checkoutTag() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        // Module tests run in the module's directory; the tag names the checkout above it.
        Path checkout = dir.getParent() != null && Files.exists(dir.getParent().resolve("mvnw")) ? dir.getParent() : dir;
        return String.format("%06x", checkout.toString().hashCode() & 0xffffff);
    }

    private Connection maintenanceConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("postgres"), user, password);
    }

    private static void checkName(String database) {
        // The name goes into DDL, which cannot take bind parameters: allow only plain identifiers.
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
