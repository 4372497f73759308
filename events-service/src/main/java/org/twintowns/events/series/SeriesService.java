package org.twintowns.events.series;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.security.Caller;

/** Starting and finding series of events. */
@ApplicationScoped
public class SeriesService {

    @Inject
    EventSeriesRepository repository;

    @Inject
    Caller caller;

    /** Any editor may start a series: it owns no data of a municipality, its events do. */
    @Transactional
    public SeriesView create(SeriesRequest request) {
        if (!caller.isAuthenticated()) {
            throw new UnauthorizedException();
        }
        EventSeries series = new EventSeries();
        series.name = texts(request.name());
        series.description = request.description() == null || request.description().isEmpty()
                ? null : texts(request.description());
        repository.persistAndFlush(series);
        return toView(series);
    }

    public SeriesView get(UUID id) {
        return repository.findByIdOptional(id).map(SeriesService::toView)
                .orElseThrow(() -> ProblemException.notFound("event series", id));
    }

    public Page<SeriesView> list(PageParams paging) {
        var query = repository.findAll(Sort.by("createdAt").and("id"))
                .page(io.quarkus.panache.common.Page.of(paging.page, paging.size));
        return Page.of(query.list(), paging, query.count()).map(SeriesService::toView);
    }

    private static SeriesView toView(EventSeries s) {
        return new SeriesView(s.id, new TreeMap<>(s.name), s.description == null ? Map.of() : new TreeMap<>(s.description),
                s.createdAt);
    }

    private static Map<String, String> texts(Map<String, String> byLanguage) {
        Map<String, String> texts = new LinkedHashMap<>();
        byLanguage.forEach((language, text) -> texts.put(language, text.strip()));
        return texts;
    }
}
