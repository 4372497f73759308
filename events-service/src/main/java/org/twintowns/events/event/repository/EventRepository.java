package org.twintowns.events.event.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.twintowns.events.event.Event;

/** Queries over events. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    /** Whether to list only events still to come or only those already over. */
    public enum When { UPCOMING, PAST }

    /**
     * One page of events matching the filter, and the number of all that match. The query is
     * built from fixed fragments; client values only ever travel as named parameters.
     */
    public Slice search(EventFilter filter, Sort sort, int pageIndex, int pageSize) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.ids() != null) {
            where.add("id in :ids");
            params.and("ids", filter.ids());
        }
        if (filter.kind() != null) {
            where.add("kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.attendanceMode() != null) {
            where.add("attendanceMode = :attendanceMode");
            params.and("attendanceMode", filter.attendanceMode());
        }
        // An event is in the window when the two overlap, so one already running at "from" counts.
        if (filter.from() != null) {
            where.add("endsAt > :from");
            params.and("from", filter.from().toInstant());
        }
        if (filter.to() != null) {
            where.add("startsAt < :to");
            params.and("to", filter.to().toInstant());
        }
        if (filter.when() == When.UPCOMING) {
            where.add("startsAt > :now");
            params.and("now", filter.now());
        } else if (filter.when() == When.PAST) {
            where.add("endsAt < :now");
            params.and("now", filter.now());
        }
        if (filter.municipality() != null) {
            where.add("(:municipality member of organizers or :municipality member of participants)");
            params.and("municipality", filter.municipality());
        }
        if (filter.country() != null) {
            where.add(":country member of countries");
            params.and("country", filter.country());
        }
        if (filter.partnership() != null) {
            where.add(":partnership member of partnerships");
            params.and("partnership", filter.partnership());
        }
        if (filter.topic() != null) {
            where.add(":topic member of topics");
            params.and("topic", filter.topic());
        }
        if (filter.series() != null) {
            where.add("series.id = :series");
            params.and("series", filter.series());
        }
        if (filter.text() != null) {
            where.add("searchText like :text escape '\\'");
            params.and("text", "%" + likeEscaped(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        String query = String.join(" and ", where);
        var panacheQuery = find(query, sort, params).page(Page.of(pageIndex, pageSize));
        return new Slice(panacheQuery.list(), panacheQuery.count());
    }

    /** The event, its row locked until the transaction ends: registrations and capacity changes queue up here. */
    public Optional<Event> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
