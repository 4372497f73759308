package org.twintowns.events.series;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Event series. */
@ApplicationScoped
public class EventSeriesRepository implements PanacheRepositoryBase<EventSeries, UUID> {
}
