package org.twintowns.events.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.UUID;
import org.twintowns.commons.export.Datasets;
import org.twintowns.commons.export.Distribution;
import org.twintowns.commons.export.Exports;
import org.twintowns.events.export.mapping.EventExport;
import org.twintowns.events.export.mapping.ExportedEvent;
import org.twintowns.events.export.repository.ExportedEvents;

/** Writes the events' bulk exports, batch by batch. */
@ApplicationScoped
public class EventExports {

    @Inject
    ExportedEvents rows;

    @Inject
    ObjectMapper json;

    /** Writes every event in {@code mediaType} (CSV or JSON-LD). @return how many batches it read */
    public int events(String mediaType, OutputStream out, URI base, int batchSize) throws IOException {
        Exports<ExportedEvent, UUID> export = new Exports<>(batchSize, rows::events, ExportedEvent::id);
        return mediaType.equals(Distribution.CSV)
                ? export.csv(out, EventExport.COLUMNS, (csv, e) -> EventExport.csv(csv, e, base))
                : export.jsonLd(json, out, Datasets.EVENTS, base, e -> EventExport.node(e, base));
    }
}
