package org.twintowns.events.event.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.twintowns.commons.geo.MapParams;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.events.event.mapping.EventMapper;
import org.twintowns.events.event.repository.EventRepository;
import org.twintowns.events.event.repository.EventRepository.EventFilter;
import org.twintowns.events.event.repository.EventRepository.MapRow;
import org.twintowns.events.event.rest.EventFeatureCollection;

/**
 * Events on a map: the GeoJSON of the list (all matches, bounded) and the whole set as a download, read in
 * batches so that memory does not grow with the table. Both write the same features.
 */
@ApplicationScoped
public class EventMaps {

    /** Events read and written per batch of the export. */
    public static final int EXPORT_BATCH = 500;

    @Inject
    EventRepository repository;

    /** The map of the events matching the filter; 400 when more than {@code limit} match. */
    public EventFeatureCollection map(EventFilter filter, MapParams map, int limit) {
        EventService.checkInterval(filter);
        List<MapRow> found = repository.located(filter, map.box(), limit);
        if (found.size() > limit) {
            throw ProblemException.invalidField("filter", "more than " + limit + " events match; narrow the filter "
                    + "(bbox, from, to, when, country, kind) or download /api/v1/exports/events.geojson");
        }
        return EventFeatureCollection.of(found.stream().map(e -> EventMapper.toFeature(e, map)).toList());
    }

    /**
     * One batch of the export, after {@code after} (null: the first): one query of the columns a feature shows,
     * no entities kept. A request context of its own where the stream is written outside the request's.
     */
    @ActivateRequestContext
    public ExportBatch exportBatch(Cursor after) {
        List<MapRow> rows = after == null ? repository.batchAfter(null, null, EXPORT_BATCH)
                : repository.batchAfter(after.startsAt(), after.id(), EXPORT_BATCH);
        MapParams full = new MapParams();
        List<EventFeatureCollection.Feature> features = rows.stream().map(e -> EventMapper.toFeature(e, full)).toList();
        MapRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        return new ExportBatch(features, rows.size() < EXPORT_BATCH ? null : new Cursor(last.startsAt(), last.id()));
    }

    /**
     * The export's version as a weak ETag: the number of events and the last change among them. Events are
     * never deleted, so a change of the set moves one of the two; a revalidation costs one aggregate query.
     */
    public String exportVersion() {
        Object[] version = repository.exportVersion();
        String text = "events.geojson:" + version[0] + ":" + version[1];
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return ETags.weakOfContent(bytes, bytes.length);
    }

    /** Where a batch of the export ends: the start and id of its last event. */
    public record Cursor(Instant startsAt, UUID id) {
    }

    /** The features of one batch, and where the next begins (null after the last). */
    public record ExportBatch(List<EventFeatureCollection.Feature> features, Cursor next) {
    }
}
