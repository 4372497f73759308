package org.twintowns.events.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresSettings;

/**
 * The unique index of one registration per person (V5) comes to databases that already hold
 * repeats: the migration does not fail on them, each person keeps one registration (a confirmed
 * one, else the oldest), and the seats the others held go to the waiting list.
 */
class RegistrationOncePerPersonUpgradeTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    private PostgresSettings settings;
    private String url;

    @BeforeEach
    void databaseBeforeTheIndex() {
        assumeFalse(Boolean.getBoolean("tt.test.devservices"), "Dev Services run the databases");
        settings = PostgresSettings.fromEnvironment();
        String database = "events_service_upgrade_" + PostgresSettings.checkoutTag();
        settings.recreateDatabase(database);
        url = settings.jdbcUrl(database);
        flyway("4").migrate();
    }

    @Test
    void shouldKeepOneRegistrationPerPersonAndGiveTheFreedSeats() throws SQLException {
        UUID event = UUID.randomUUID();
        try (Connection c = connect()) {
            execute(c, "INSERT INTO event (id, title, kind, status, attendance_mode, starts_at, ends_at, time_zone, venue, "
                    + "created_at, updated_at, version, registration_open, registration_capacity) VALUES ('" + event
                    + "', '{\"en\": \"Summer school\"}', 'SUMMER_SCHOOL', 'SCHEDULED', 'IN_PERSON', now(), now() "
                    + "+ interval '1 day', 'Europe/Berlin', 'Rathaus Kassel', now(), now(), 0, true, 2)");
            UUID olena = insert(c, event, "o.kovalenko@example.org", "CONFIRMED", 1);
            UUID olenaAgain = insert(c, event, "O.Kovalenko@Example.org", "CONFIRMED", 2);
            UUID jan = insert(c, event, "jan.weber@example.org", "WAITLISTED", 3);
            UUID janAgain = insert(c, event, "JAN.WEBER@example.org", "WAITLISTED", 4);
            UUID iryna = insert(c, event, "iryna.melnyk@example.org", "WAITLISTED", 5);
            UUID irynaAgain = insert(c, event, "Iryna.Melnyk@example.org", "WAITLISTED", 6);
            UUID gone = insert(c, event, "anna.schmidt@example.org", "CANCELLED", 7);
            UUID anna = insert(c, event, "anna.schmidt@example.org", "WAITLISTED", 8);

            flyway("latest").migrate();

            assertEquals("CONFIRMED", status(c, olena));
            assertEquals("CANCELLED", status(c, olenaAgain));
            // Olena's repeat freed a seat: the first on the waiting list gets it.
            assertEquals("CONFIRMED", status(c, jan));
            assertEquals("CANCELLED", status(c, janAgain));
            assertEquals("WAITLISTED", status(c, iryna));
            assertEquals("CANCELLED", status(c, irynaAgain));
            assertEquals("CANCELLED", status(c, gone));
            assertEquals("WAITLISTED", status(c, anna));

            SQLException repeat = assertThrows(SQLException.class,
                    () -> insert(c, event, "ANNA.schmidt@example.org", "WAITLISTED", 9));
            assertEquals("23505", repeat.getSQLState());
            insert(c, event, "anna.schmidt@example.org", "CANCELLED", 10);
        }
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(url, settings.user(), settings.password())
                .locations("classpath:db/migration").target(target).load();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, settings.user(), settings.password());
    }

    private static UUID insert(Connection c, UUID event, String email, String status, int minute) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO registration (id, event_id, name, email, "
                + "status, cancellation_token_hash, created_at, updated_at, version) VALUES (?, ?, 'Someone', ?, ?, "
                + "repeat('0', 64), ?, ?, 0)")) {
            insert.setObject(1, id);
            insert.setObject(2, event);
            insert.setString(3, email);
            insert.setString(4, status);
            insert.setObject(5, T0.plusMinutes(minute));
            insert.setObject(6, T0.plusMinutes(minute));
            insert.executeUpdate();
        }
        return id;
    }

    private static String status(Connection c, UUID registration) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT status FROM registration WHERE id = ?")) {
            query.setObject(1, registration);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }
}
