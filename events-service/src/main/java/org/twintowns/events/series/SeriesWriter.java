package org.twintowns.events.series;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

/** The transactional writes of event series; callers have checked the caller's rights. */
@ApplicationScoped
public class SeriesWriter {

    @Inject
    EventSeriesRepository repository;

    @Transactional
    public SeriesView create(SeriesRequest request) {
        EventSeries series = new EventSeries();
        series.name = texts(request.name());
        series.description = request.description() == null || request.description().isEmpty()
                ? null : texts(request.description());
        repository.persistAndFlush(series);
        return SeriesView.of(series);
    }

    private static Map<String, String> texts(Map<String, String> byLanguage) {
        Map<String, String> texts = new LinkedHashMap<>();
        byLanguage.forEach((language, text) -> texts.put(language, text.strip()));
        return texts;
    }
}
