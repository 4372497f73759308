package org.twintowns.events.series;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.twintowns.commons.text.Texts;

/** The transactional writes of event series; callers have checked the caller's rights. */
@ApplicationScoped
public class SeriesWriter {

    @Inject
    EventSeriesRepository repository;

    @Transactional
    public SeriesView create(SeriesRequest request) {
        EventSeries series = new EventSeries();
        series.name = Texts.stripped(request.name());
        series.description = request.description() == null || request.description().isEmpty()
                ? null : Texts.stripped(request.description());
        repository.persistAndFlush(series);
        return SeriesView.of(series);
    }

}
