package org.twintowns.events.event.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.twintowns.events.event.Event;

/** Queries over events. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    /**
     * One page of events matching the filter, and the number of all that match. The query is
     * built from fixed fragments; client values only ever travel as named parameters.
     */
    public Slice search(EventFilter filter, Sort sort, int pageIndex, int pageSize) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
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
        String query = String.join(" and ", where);
        var panacheQuery = find(query, sort, params).page(Page.of(pageIndex, pageSize));
        return new Slice(panacheQuery.list(), panacheQuery.count());
    }

    /** The filters a client can combine when listing events; null means "any". */
    public record EventFilter(Event.Kind kind, Event.Status status, Event.AttendanceMode attendanceMode,
                              OffsetDateTime from, OffsetDateTime to) {
    }

    /** A page of results with the total count. */
    public record Slice(List<Event> items, long total) {
    }
}
