package org.twintowns.events.export.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.twintowns.commons.persistence.JsonColumns;
import org.twintowns.events.export.mapping.ExportedEvent;

/**
 * Reads the events for the exports one keyset batch at a time, in plain SQL (selects only, each in its
 * own short transaction): the rows become records at once and nothing stays in a persistence context,
 * so an export holds one batch. Registrations are never read.
 */
@ApplicationScoped
public class ExportedEvents {

    @Inject
    DataSource dataSource;

    /** The events after {@code after} (null: from the first) in id order. */
    public List<ExportedEvent> events(UUID after, int size) {
        try (Connection c = dataSource.getConnection()) {
            List<ExportedEvent> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    select id, title, description, kind, status, attendance_mode, starts_at, ends_at, time_zone, venue,
                           join_url, series_id, updated_at, venue_latitude, venue_longitude, venue_street_address,
                           venue_postal_code, venue_locality, venue_country
                    from event where cast(? as uuid) is null or id > ? order by id limit ?""")) {
                s.setObject(1, after, Types.OTHER);
                s.setObject(2, after, Types.OTHER);
                s.setInt(3, size);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(new ExportedEvent(r.getObject(1, UUID.class), texts(r, 2), texts(r, 3),
                                r.getString(4), r.getString(5), r.getString(6),
                                r.getObject(7, OffsetDateTime.class).toInstant(),
                                r.getObject(8, OffsetDateTime.class).toInstant(), r.getString(9), r.getString(10),
                                r.getString(11), r.getObject(12, UUID.class), r.getObject(13, OffsetDateTime.class),
                                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                                r.getObject(14, Double.class), r.getObject(15, Double.class), r.getString(16),
                                r.getString(17), r.getString(18), r.getString(19)));
                    }
                }
            }
            if (rows.isEmpty()) {
                return rows;
            }
            Map<UUID, ExportedEvent> byId = new HashMap<>();
            rows.forEach(row -> byId.put(row.id(), row));
            Array ids = c.createArrayOf("uuid", byId.keySet().toArray());
            collect(c, ids, "select event_id, municipality_id from event_organizer where event_id = any(?) "
                    + "order by event_id, municipality_id", (id, r) -> byId.get(id).organizers().add(uuid(r)));
            collect(c, ids, "select event_id, municipality_id from event_participant where event_id = any(?) "
                    + "order by event_id, municipality_id", (id, r) -> byId.get(id).participants().add(uuid(r)));
            collect(c, ids, "select event_id, partnership_id from event_partnership where event_id = any(?) "
                    + "order by event_id, partnership_id", (id, r) -> byId.get(id).partnerships().add(uuid(r)));
            collect(c, ids, "select event_id, topic from event_topic where event_id = any(?) order by event_id, topic",
                    (id, r) -> byId.get(id).topics().add(text(r)));
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read events for an export", e);
        }
    }

    private static void collect(Connection c, Array ids, String sql, BiConsumer<UUID, ResultSet> each)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, ids);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    each.accept(r.getObject(1, UUID.class), r);
                }
            }
        }
    }

    private static UUID uuid(ResultSet r) {
        try {
            return r.getObject(2, UUID.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(ResultSet r) {
        try {
            return r.getString(2);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> texts(ResultSet r, int column) throws SQLException {
        Map<String, String> texts = JsonColumns.texts(r, column);
        return texts == null ? Map.of() : texts;
    }
}
