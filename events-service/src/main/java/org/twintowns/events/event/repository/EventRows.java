package org.twintowns.events.event.repository;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.twintowns.commons.persistence.JdbcRows;
import org.twintowns.commons.persistence.JsonColumns;
import org.twintowns.commons.persistence.PlanValues;
import org.twintowns.commons.persistence.PlanValues.ArrayStatement;
import org.twintowns.commons.persistence.SqlTimes;
import org.twintowns.commons.persistence.WhereClause;
import org.twintowns.events.event.Event;

/**
 * Reads events as {@link EventRow}s, for lists and GET by id: the page (or the one) with its series' name in one
 * statement, then each of its six collections by one statement for the whole page, by an array of its ids, sent to
 * the database together with the reads the caller adds (the registration counts). Issue 21: as entities, a page
 * took nine statements one after the other (the page, a batch load for each of its seven element collections, the
 * counts), and a GET by id as many, each a round trip; now a GET by id is one and a page two. Writes stay on the
 * entity; every view is made from an {@link EventRow}. The ids are out of the plan's sight ({@link PlanValues#anyOfIn}),
 * so that each statement is planned once, not at every read.
 */
final class EventRows {

    private static final String COLUMNS = """
            e.id, e.title, e.description, e.kind, e.status, e.attendance_mode, e.starts_at, e.ends_at, e.time_zone,
            e.venue, e.venue_latitude, e.venue_longitude, e.venue_street_address, e.venue_postal_code, e.venue_locality,
            e.venue_country, e.join_url, e.series_id, s.name, e.registration_open, e.registration_deadline,
            e.registration_capacity, e.sequence, e.created_at, e.updated_at, e.version""";

    /** What a page's statement selects from: its events {@code e}, each with its series {@code s} if it has one. */
    static final String FROM = "event e LEFT JOIN event_series s ON s.id = e.series_id";

    private static final ArrayStatement ORGANIZERS = PlanValues.anyOfIn(
            "SELECT event_id, municipality_id FROM event_organizer WHERE event_id = %s", "ids", "uuid");

    private static final ArrayStatement PARTICIPANTS = PlanValues.anyOfIn(
            "SELECT event_id, municipality_id FROM event_participant WHERE event_id = %s", "ids", "uuid");

    private static final ArrayStatement PARTNERSHIPS = PlanValues.anyOfIn(
            "SELECT event_id, partnership_id FROM event_partnership WHERE event_id = %s", "ids", "uuid");

    private static final ArrayStatement TOPICS = PlanValues.anyOfIn(
            "SELECT event_id, topic FROM event_topic WHERE event_id = %s", "ids", "uuid");

    private static final ArrayStatement SESSIONS = PlanValues.anyOfIn("""
            SELECT event_id, title, starts_at, ends_at, speakers FROM event_session
            WHERE event_id = %s ORDER BY event_id, position""", "ids", "uuid");

    private static final ArrayStatement HISTORY = PlanValues.anyOfIn("""
            SELECT event_id, status, changed_at, reason FROM event_status_change
            WHERE event_id = %s ORDER BY event_id, position""", "ids", "uuid");

    private EventRows() {
    }

    /** The columns a page's statement selects: {@code SELECT} them {@code FROM} {@link #FROM}. */
    static String columns() {
        return COLUMNS;
    }

    /**
     * The events {@code sql} selects (the {@link #columns()}, with the parameters of {@code where}) with their
     * collections, sent with {@code reads}, whose parameter {@code :ids} is the page's ids; in the statement's order.
     * None of the reads run for an empty page.
     */
    static List<EventRow> page(EntityManager em, String sql, WhereClause where, JdbcRows.Together reads) {
        return reads.completing(em, JdbcRows.list(em, sql, where, EventRows::columns), EventRow::id,
                length -> Collections.readBy(reads, length)::of);
    }

    /**
     * The event with this id and its collections, their statements sent together with {@code reads} (whose
     * parameter {@code :ids} is the event's id): one round trip, as the id is known before the row is read.
     */
    static Optional<EventRow> one(EntityManager em, UUID id, JdbcRows.Together reads) {
        Collections collections = Collections.readBy(reads, 1);
        return reads.one(em, "SELECT " + COLUMNS + " FROM " + FROM + " WHERE e.id = :id", id, EventRows::columns)
                .map(collections::of);
    }

    /** The six collections of the events whose ids are the parameter {@code :ids}, by event. */
    private record Collections(Map<UUID, List<UUID>> organizers, Map<UUID, List<UUID>> participants,
            Map<UUID, List<UUID>> partnerships, Map<UUID, List<String>> topics,
            Map<UUID, List<EventRow.Session>> sessions, Map<UUID, List<EventRow.Change>> history) {

        /** Adds the six reads for {@code length} ids to {@code reads}; the maps are filled when they run. */
        static Collections readBy(JdbcRows.Together reads, int length) {
            return new Collections(
                    reads.grouped(ORGANIZERS.forLength(length), r -> r.getObject(2, UUID.class)),
                    reads.grouped(PARTICIPANTS.forLength(length), r -> r.getObject(2, UUID.class)),
                    reads.grouped(PARTNERSHIPS.forLength(length), r -> r.getObject(2, UUID.class)),
                    reads.grouped(TOPICS.forLength(length), r -> r.getString(2)),
                    reads.grouped(SESSIONS.forLength(length), r -> new EventRow.Session(JsonColumns.texts(r, 2),
                            instant(r, 3), instant(r, 4), JsonColumns.strings(r, 5))),
                    reads.grouped(HISTORY.forLength(length), r -> new EventRow.Change(
                            Event.Status.valueOf(r.getString(2)), instant(r, 3), r.getString(4))));
        }

        /** The row with its collections, the sets among them in the order {@link EventRow} gives them. */
        EventRow of(EventRow e) {
            return e.withCollections(EventRow.ids(organizers.getOrDefault(e.id(), List.of())),
                    EventRow.ids(participants.getOrDefault(e.id(), List.of())),
                    EventRow.ids(partnerships.getOrDefault(e.id(), List.of())),
                    EventRow.texts(topics.getOrDefault(e.id(), List.of())),
                    sessions.getOrDefault(e.id(), List.of()), history.getOrDefault(e.id(), List.of()));
        }
    }

    /** The row of {@link #COLUMNS}, its collections empty until they are read. */
    private static EventRow columns(ResultSet r) throws SQLException {
        return new EventRow(r.getObject(1, UUID.class), JsonColumns.texts(r, 2), JsonColumns.texts(r, 3),
                Event.Kind.valueOf(r.getString(4)), Event.Status.valueOf(r.getString(5)),
                Event.AttendanceMode.valueOf(r.getString(6)), instant(r, 7), instant(r, 8), r.getString(9),
                r.getString(10), r.getObject(11, Double.class), r.getObject(12, Double.class), r.getString(13),
                r.getString(14), r.getString(15), r.getString(16), r.getString(17), r.getObject(18, UUID.class),
                JsonColumns.texts(r, 19), r.getBoolean(20), instant(r, 21), r.getObject(22, Integer.class),
                r.getInt(23), SqlTimes.utc(r.getObject(24, OffsetDateTime.class)),
                SqlTimes.utc(r.getObject(25, OffsetDateTime.class)), r.getLong(26), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    /** A {@code timestamptz} column as an instant; null for SQL NULL. */
    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime time = r.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
