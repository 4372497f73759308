package org.twintowns.events.series;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.security.Caller;

/** Starting and finding series of events; writes go to {@link SeriesWriter} once the caller may make them. */
@ApplicationScoped
public class SeriesService {

    @Inject
    EventSeriesRepository repository;

    @Inject
    SeriesWriter writer;

    @Inject
    Caller caller;

    /** Any editor may start a series: it owns no data of a municipality, its events do. */
    public SeriesView create(SeriesRequest request) {
        if (!caller.isAuthenticated()) {
            throw new UnauthorizedException();
        }
        return writer.create(request);
    }

    public SeriesView get(UUID id) {
        return repository.findByIdOptional(id).map(SeriesView::of)
                .orElseThrow(() -> ProblemException.notFound("event series", id));
    }

    public Page<SeriesView> list(PageParams paging) {
        var query = repository.findAll(Sort.by("createdAt").and("id"))
                .page(io.quarkus.panache.common.Page.of(paging.page, paging.size));
        return Page.of(query.list(), paging, query.count()).map(SeriesView::of);
    }
}
