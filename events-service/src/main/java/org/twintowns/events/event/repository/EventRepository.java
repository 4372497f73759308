package org.twintowns.events.event.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.twintowns.commons.paging.Listing;
import org.twintowns.commons.persistence.LikePatterns;
import org.twintowns.commons.persistence.WhereClause;
import org.twintowns.events.event.Event;

/** Queries over events. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    private static final String LOAD_GRAPH = "jakarta.persistence.loadgraph";

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

    /**
     * One page of events matching the filter, and the number of all that match. The query is
     * built from fixed fragments; client values only ever travel as named parameters.
     */
    public Slice search(EventFilter filter, Sort sort, int pageIndex, int pageSize) {
        WhereClause where = where(filter);
        var panacheQuery = find(where.condition(), sort, where.parameters()).page(Page.of(pageIndex, pageSize))
                .withHint(LOAD_GRAPH, withSeries());
        return new Slice(panacheQuery.list(), panacheQuery.count());
    }

    /** The page of events a list request asks for, and the number of all it matches before its offset. */
    public Slice search(EventFilter filter, Listing listing) {
        WhereClause where = listing.restrict(where(filter), "updatedAt", "id");
        var panacheQuery = find(where.condition(), listing.sort(), where.parameters())
                .range(listing.offset(), listing.offset() + listing.limit() - 1)
                .withHint(LOAD_GRAPH, withSeries());
        return new Slice(panacheQuery.list(), panacheQuery.count());
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
    public record Slice(List<Event> items, long total) {
    }
}
