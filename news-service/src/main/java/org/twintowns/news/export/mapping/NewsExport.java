package org.twintowns.news.export.mapping;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.twintowns.commons.export.CsvColumn;
import org.twintowns.commons.export.CsvWriter;
import org.twintowns.commons.export.Source;
import org.twintowns.news.item.mapping.NewsArticles;
import org.twintowns.news.item.mapping.NewsArticles.NewsRow;

/** A public news item as a CSV row: everything but the body, which the JSON-LD export carries. */
public final class NewsExport {

    public static final List<CsvColumn> COLUMNS = List.of(
            CsvColumn.of("id", "string", "The news item's id (UUID)"),
            CsvColumn.of("slug", "string", "Its short name in URLs"),
            CsvColumn.of("headline", "string", "The headline"),
            CsvColumn.of("lead", "string", "The lead (teaser)"),
            CsvColumn.of("language", "string", "Its language (ISO 639-1)"),
            CsvColumn.of("published_at", "dateTime", "When it was published"),
            CsvColumn.of("updated_at", "dateTime", "When the record last changed"),
            CsvColumn.of("issuer_municipality_id", "string", "The municipality that issued it (id in the registry)"),
            CsvColumn.of("issuer_name", "string", "The issuing organisation, where it is not a municipality or named"),
            CsvColumn.list("topics", "string", " | ", "What it is about"),
            CsvColumn.list("municipality_ids", "string", " | ", "The municipalities it is about"),
            CsvColumn.list("partnership_ids", "string", " | ", "The partnerships it is about"),
            CsvColumn.list("event_ids", "string", " | ", "The events it is about"),
            CsvColumn.of("url", "anyURI", "The item in the platform's API"),
            CsvColumn.list("sources", "string", " ", "Where it comes from: twintowns"),
            CsvColumn.list("licences", "string", " ", "The licences of those sources: CC-BY-4.0"));

    private NewsExport() {
    }

    public static void csv(CsvWriter csv, NewsRow n, URI base) throws IOException {
        csv.cell(n.id()).cell(n.slug()).cell(n.headline()).cell(n.lead()).cell(n.language()).cell(n.publishedAt())
                .cell(n.updatedAt()).cell(n.issuerMunicipalityId()).cell(n.issuerName()).cells(n.topics())
                .cells(n.relatedMunicipalityIds()).cells(n.relatedPartnershipIds()).cells(n.relatedEventIds())
                .cell(NewsArticles.url(base, n)).cells(List.of(Source.TWINTOWNS.id()))
                .cells(List.of(Source.TWINTOWNS.licence().id)).endRow();
    }
}
