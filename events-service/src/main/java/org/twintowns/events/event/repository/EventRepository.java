package org.twintowns.events.event.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.twintowns.commons.geo.BoundingBox;
import org.twintowns.commons.paging.Listing;
import org.twintowns.commons.paging.Total;
import org.twintowns.commons.paging.Totals;
import org.twintowns.commons.persistence.JdbcRows;
import org.twintowns.commons.persistence.LikePatterns;
import org.twintowns.commons.persistence.SqlOrder;
import org.twintowns.commons.persistence.SqlPage;
import org.twintowns.commons.persistence.WhereClause;
import org.twintowns.events.event.Event;

/** Queries over events. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    @Inject
    Totals totals;

    /** The columns of the list's sort fields ({@code EventService}'s sortable ones and the id). */
    private static final Map<String, String> ORDER_COLUMNS = Map.of("startsAt", "e.starts_at", "endsAt", "e.ends_at",
            "createdAt", "e.created_at", "updatedAt", "e.updated_at", "id", "e.id");
    private static final String LOAD_GRAPH = "jakarta.persistence.loadgraph";
    /** The map's and the export's order: the list's default, which event_starts_at_order_idx yields. */
    private static final String MAP_ORDER = " order by startsAt, id";
    private static final String MAP_ROWS = "select new " + MapRow.class.getName() + "(id, title, kind, status, "
            + "attendanceMode, startsAt, endsAt, timeZone, venue, venueLatitude, venueLongitude, venueStreetAddress, "
            + "venuePostalCode, venueLocality, venueCountry, joinUrl) from Event";

    /**
     * The events' series joined into the page's query: read after it, the series of a page would take a
     * statement of their own (an eager to-one is not joined in a query).
     */
    private EntityGraph<Event> withSeries() {
        EntityGraph<Event> graph = getEntityManager().createEntityGraph(Event.class);
        graph.addAttributeNodes("series");
        return graph;
    }

    /** Whether to list only events still to come or only those already over. */
    public enum When { UPCOMING, PAST }

    /** The first {@code limit} events matching the filter in this order, for the calendar: no total. */
    public List<Event> first(EventFilter filter, Sort sort, int limit) {
        return page(where(filter), sort, 0, limit);
    }

    /**
     * The events matching the filter for a map, up to {@code limit + 1} of them, in order of their start. With a
     * box, only those with a place in it: coordinates inside it, and not online (RFC 7946 5: edges included).
     */
    public List<MapRow> located(EventFilter filter, BoundingBox box, int limit) {
        WhereClause where = where(filter);
        if (box != null) {
            // Latitude first, as the index (event_venue_position_idx) has it.
            where.and("venueLatitude between :south and :north", "south", box.minLatitude()).with("north", box.maxLatitude())
                    .and("venueLongitude between :west and :east", "west", box.minLongitude())
                    .with("east", box.maxLongitude())
                    .and("attendanceMode <> :online", "online", Event.AttendanceMode.ONLINE);
        }
        return where.bind(getEntityManager().createQuery(MAP_ROWS + " where " + where.condition() + MAP_ORDER
                        + SqlPage.of(0, limit + 1), MapRow.class))
                .getResultList();
    }

    /**
     * Up to {@code size} events after the one named (start and id; null for the first batch), in order of their
     * start: one batch of the export, a keyset walk that reads each batch from the index, never an offset, and
     * as map rows, no entities to track.
     */
    public List<MapRow> batchAfter(Instant startsAt, UUID id, int size) {
        String batch = MAP_ORDER + SqlPage.of(0, size);
        var query = startsAt == null ? getEntityManager().createQuery(MAP_ROWS + batch, MapRow.class)
                : getEntityManager().createQuery(MAP_ROWS + " where startsAt > :startsAt or (startsAt = :startsAt and id > :id)"
                        + batch, MapRow.class).setParameter("startsAt", startsAt).setParameter("id", id);
        return query.getResultList();
    }

    /** What a map shows of an event: its columns, without its collections or series. */
    public record MapRow(UUID id, Map<String, String> title, Event.Kind kind, Event.Status status,
                         Event.AttendanceMode attendanceMode, Instant startsAt, Instant endsAt, String timeZone,
                         String venue, Double venueLatitude, Double venueLongitude, String venueStreetAddress,
                         String venuePostalCode, String venueLocality, String venueCountry, String joinUrl) {

        public boolean hasPoint() {
            return Event.hasPoint(venueLatitude, venueLongitude, attendanceMode);
        }
    }

    /** How many events there are and when the last changed: the export's version, read without reading it. */
    public Object[] exportVersion() {
        return getEntityManager().createQuery("select count(e), max(e.updatedAt) from Event e", Object[].class)
                .getSingleResult();
    }

    /**
     * The page of events a list request asks for, read as rows ({@link EventRows}: the page, then its collections
     * sent with {@code reads}, whose parameter {@code :ids} is the page's ids), and the number of all it matches
     * before its offset (counted only as far as is cheap, see {@link Totals}). The statement is built from fixed
     * fragments; client values only ever travel as named parameters.
     */
    public Slice search(EventFilter filter, Listing listing, JdbcRows.Together reads) {
        WhereClause where = listing.restrict(nativeWhere(filter), "e.updated_at", "e.id");
        String sql = "SELECT " + EventRows.columns() + " FROM " + EventRows.FROM + " WHERE " + where.condition()
                + " ORDER BY " + SqlOrder.of(listing.sort(), ORDER_COLUMNS) + SqlPage.of(listing.offset(), listing.limit());
        List<EventRow> page = EventRows.page(getEntityManager(), sql, where, reads);
        return new Slice(page, totals.of(getEntityManager(), "event e WHERE " + where.condition(), where, listing,
                page.size()));
    }

    /** The event with this id as a row, its reads sent together with {@code reads} ({@link EventRows#one}). */
    public Optional<EventRow> row(UUID id, JdbcRows.Together reads) {
        return EventRows.one(getEntityManager(), id, reads);
    }

    /**
     * Events matching {@code where} in this order, {@code limit} of them from {@code offset}, with their series:
     * the limit and offset written into the statement ({@link SqlPage}), the sort's fields being the entity's.
     */
    private List<Event> page(WhereClause where, Sort sort, int offset, int limit) {
        String hql = "from Event where " + where.condition() + " order by "
                + SqlOrder.ofColumns(sort, SqlOrder.Nulls.DEFAULT) + SqlPage.of(offset, limit);
        return where.bind(getEntityManager().createQuery(hql, Event.class))
                .setHint(LOAD_GRAPH, withSeries())
                .getResultList();
    }

    private static WhereClause where(EventFilter filter) {
        WhereClause where = new WhereClause();
        if (filter.ids() != null) {
            where.and("id in :ids", "ids", filter.ids());
        }
        if (filter.kind() != null) {
            where.and("kind = :kind", "kind", filter.kind());
        }
        if (filter.status() != null) {
            where.and("status = :status", "status", filter.status());
        }
        if (filter.attendanceMode() != null) {
            where.and("attendanceMode = :attendanceMode", "attendanceMode", filter.attendanceMode());
        }
        // An event is in the window when the two overlap, so one already running at "from" counts.
        if (filter.from() != null) {
            where.and("endsAt > :from", "from", filter.from().toInstant());
        }
        if (filter.to() != null) {
            where.and("startsAt < :to", "to", filter.to().toInstant());
        }
        if (filter.when() == When.UPCOMING) {
            where.and("startsAt > :now", "now", filter.now());
        } else if (filter.when() == When.PAST) {
            where.and("endsAt < :now", "now", filter.now());
        }
        if (filter.municipality() != null) {
            where.and("(:municipality member of organizers or :municipality member of participants)",
                    "municipality", filter.municipality());
        }
        if (filter.country() != null) {
            where.and(":country member of countries", "country", filter.country());
        }
        if (filter.partnership() != null) {
            where.and(":partnership member of partnerships", "partnership", filter.partnership());
        }
        if (filter.topic() != null) {
            where.and(":topic member of topics", "topic", filter.topic());
        }
        if (filter.series() != null) {
            where.and("series.id = :series", "series", filter.series());
        }
        if (filter.text() != null) {
            where.and("searchText like :text escape '\\'", "text",
                    LikePatterns.containing(filter.text().toLowerCase(Locale.ROOT)));
        }
        return where;
    }

    /** The conditions of {@link #where}, in SQL over {@code event e}: for the count. */
    private static WhereClause nativeWhere(EventFilter filter) {
        WhereClause where = new WhereClause();
        if (filter.ids() != null) {
            where.and("e.id = ANY(:ids)", "ids", filter.ids().toArray(UUID[]::new));
        }
        if (filter.kind() != null) {
            where.and("e.kind = :kind", "kind", filter.kind().name());
        }
        if (filter.status() != null) {
            where.and("e.status = :status", "status", filter.status().name());
        }
        if (filter.attendanceMode() != null) {
            where.and("e.attendance_mode = :attendanceMode", "attendanceMode", filter.attendanceMode().name());
        }
        if (filter.from() != null) {
            where.and("e.ends_at > :from", "from", filter.from().toInstant());
        }
        if (filter.to() != null) {
            where.and("e.starts_at < :to", "to", filter.to().toInstant());
        }
        if (filter.when() == When.UPCOMING) {
            where.and("e.starts_at > :now", "now", filter.now());
        } else if (filter.when() == When.PAST) {
            where.and("e.ends_at < :now", "now", filter.now());
        }
        if (filter.municipality() != null) {
            where.and("(EXISTS (SELECT 1 FROM event_organizer o WHERE o.event_id = e.id AND o.municipality_id = :municipality)"
                    + " OR EXISTS (SELECT 1 FROM event_participant p WHERE p.event_id = e.id AND p.municipality_id = :municipality))",
                    "municipality", filter.municipality());
        }
        if (filter.country() != null) {
            where.and("EXISTS (SELECT 1 FROM event_country c WHERE c.event_id = e.id AND c.country = :country)",
                    "country", filter.country());
        }
        if (filter.partnership() != null) {
            where.and("EXISTS (SELECT 1 FROM event_partnership p WHERE p.event_id = e.id AND p.partnership_id = :partnership)",
                    "partnership", filter.partnership());
        }
        if (filter.topic() != null) {
            where.and("EXISTS (SELECT 1 FROM event_topic t WHERE t.event_id = e.id AND t.topic = :topic)",
                    "topic", filter.topic());
        }
        if (filter.series() != null) {
            where.and("e.series_id = :series", "series", filter.series());
        }
        if (filter.text() != null) {
            where.and("e.search_text LIKE :text ESCAPE '\\'", "text",
                    LikePatterns.containing(filter.text().toLowerCase(Locale.ROOT)));
        }
        return where;
    }

    /** The event, its row locked until the transaction ends: registrations and capacity changes queue up here. */
    public Optional<Event> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The filters a client can combine when listing events; null means "any". */
    public record EventFilter(List<UUID> ids, Event.Kind kind, Event.Status status, Event.AttendanceMode attendanceMode,
                              OffsetDateTime from, OffsetDateTime to, When when, Instant now,
                              UUID municipality, UUID partnership, String country, String topic, UUID series,
                              String text) {
    }

    /** A page of results with the total count. */
    public record Slice(List<EventRow> items, Total total) {
    }
}
