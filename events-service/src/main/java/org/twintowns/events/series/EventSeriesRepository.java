package org.twintowns.events.series;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.twintowns.commons.paging.Listing;
import org.twintowns.commons.paging.Total;
import org.twintowns.commons.paging.Totals;
import org.twintowns.commons.persistence.SqlOrder;
import org.twintowns.commons.persistence.SqlPage;
import org.twintowns.commons.persistence.WhereClause;

/** Event series. */
@ApplicationScoped
public class EventSeriesRepository implements PanacheRepositoryBase<EventSeries, UUID> {

    @Inject
    Totals totals;

    /** The page of series a list request asks for, and how many it matches before its offset (see {@link Totals}). */
    public Slice page(Listing listing) {
        WhereClause where = listing.restrict(new WhereClause(), "updatedAt", "id");
        // The limit and offset in the statement's text, not parameters (SqlPage).
        String hql = "from EventSeries where " + where.condition() + " order by "
                + SqlOrder.ofColumns(listing.sort(), SqlOrder.Nulls.DEFAULT)
                + SqlPage.of(listing.offset(), listing.limit());
        List<EventSeries> page = where.bind(getEntityManager().createQuery(hql, EventSeries.class)).getResultList();
        WhereClause counted = listing.restrict(new WhereClause(), "s.updated_at", "s.id");
        return new Slice(page, totals.of(getEntityManager(), "event_series s WHERE " + counted.condition(), counted,
                listing, page.size()));
    }

    /** A page of series with the total. */
    public record Slice(List<EventSeries> items, Total total) {
    }
}
