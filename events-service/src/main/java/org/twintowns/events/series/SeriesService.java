package org.twintowns.events.series;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.twintowns.commons.paging.Listing;
import org.twintowns.commons.paging.Listings;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.security.Caller;

/** Starting and finding series of events; writes go to {@link SeriesWriter} once the caller may make them. */
@ApplicationScoped
public class SeriesService {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt");
    private static final Sort DEFAULT_SORT = Sort.by("createdAt").and("id");

    @Inject
    EventSeriesRepository repository;

    @Inject
    SeriesWriter writer;

    @Inject
    Caller caller;

    @Inject
    Listings listings;

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
        Listing listing = listings.of(paging, SORTABLE, DEFAULT_SORT, "id");
        EventSeriesRepository.Slice slice = repository.page(listing);
        return listing.page(slice.items(), slice.total(), s -> s.updatedAt, s -> List.of(s.id)).map(SeriesView::of);
    }
}
