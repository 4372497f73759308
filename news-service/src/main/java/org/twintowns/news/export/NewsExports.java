package org.twintowns.news.export;

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
import org.twintowns.news.export.mapping.NewsExport;
import org.twintowns.news.export.repository.NewsRows;
import org.twintowns.news.item.mapping.NewsArticles;
import org.twintowns.news.item.mapping.NewsArticles.NewsRow;

/** Writes the public news items' bulk exports, batch by batch. */
@ApplicationScoped
public class NewsExports {

    @Inject
    NewsRows rows;

    @Inject
    ObjectMapper json;

    /** Writes every public item in {@code mediaType} (CSV or JSON-LD). @return how many batches it read */
    public int items(String mediaType, OutputStream out, URI base, int batchSize) throws IOException {
        Exports<NewsRow, UUID> export = new Exports<>(batchSize, rows::items, NewsRow::id);
        return mediaType.equals(Distribution.CSV)
                ? export.csv(out, NewsExport.COLUMNS, (csv, n) -> NewsExport.csv(csv, n, base))
                : export.jsonLd(json, out, Datasets.NEWS, base, n -> NewsArticles.node(n, base));
    }
}
