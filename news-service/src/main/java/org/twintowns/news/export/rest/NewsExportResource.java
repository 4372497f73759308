package org.twintowns.news.export.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.export.CsvMetadata;
import org.twintowns.commons.export.DatasetVersion;
import org.twintowns.commons.export.Datasets;
import org.twintowns.commons.export.Distribution;
import org.twintowns.commons.export.ExportAnswers;
import org.twintowns.commons.export.ExportSchemas;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.http.PublicCaching;
import org.twintowns.commons.http.PublicReads;
import org.twintowns.news.export.NewsExports;
import org.twintowns.news.export.repository.NewsRows;
import org.twintowns.news.export.mapping.NewsExport;

/**
 * Every public news item as open data, as CSV (with its CSV on the Web metadata) and JSON-LD, streamed as it
 * is read; no drafts, nothing under embargo or withdrawn, no press contacts. Revalidated on every use, like a
 * news item (a withdrawn press release must disappear at once), against the change feed's position and the
 * latest publication ({@link DatasetVersion}): an embargo that ends changes the export without a write.
 */
@PublicReads
@Path("/api/v1/exports")
@Tag(name = "Open data")
@APIResponse(responseCode = "400", description = "Invalid input")
public class NewsExportResource {

    @Inject
    NewsExports exports;

    @Inject
    DatasetVersion version;

    @Inject
    NewsRows rows;

    @Inject
    PublicBaseUrl publicUrl;

    @ConfigProperty(name = "twintowns.exports.batch-size", defaultValue = "1000")
    int batchSize;

    @GET
    @Path("/news.csv")
    @Produces(Distribution.CSV)
    @Operation(operationId = "exportNewsCsv", summary = "All public news items as CSV",
            description = ExportAnswers.STREAMED + ExportAnswers.CSV_FILE + ExportAnswers.LICENCE)
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = Distribution.CSV, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<StreamingOutput> exportNewsCsv(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answer(Distribution.CSV, ifNoneMatch);
    }

    @GET
    @Path("/news.jsonld")
    @Produces(Distribution.JSON_LD)
    @Operation(operationId = "exportNewsJsonLd", summary = "All public news items as JSON-LD (schema.org NewsArticle)",
            description = ExportAnswers.STREAMED + ExportAnswers.JSON_LD_FILE + ExportAnswers.LICENCE)
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = Distribution.JSON_LD,
                    schema = @Schema(implementation = ExportSchemas.JsonLd.class)))
    public RestResponse<StreamingOutput> exportNewsJsonLd(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answer(Distribution.JSON_LD, ifNoneMatch);
    }

    @GET
    @Path("/news.csv-metadata.json")
    @Produces(Distribution.CSVW)
    @Operation(operationId = "exportNewsCsvMetadata", summary = "The columns and licences of news.csv",
            description = ExportAnswers.CSVW)
    @APIResponse(responseCode = "200", description = "The CSV on the Web metadata",
            content = @Content(mediaType = Distribution.CSVW,
                    schema = @Schema(implementation = ExportSchemas.CsvMetadataDocument.class)))
    public Map<String, Object> exportNewsCsvMetadata() {
        return CsvMetadata.of(Datasets.NEWS, NewsExport.COLUMNS, publicUrl.base());
    }

    private RestResponse<StreamingOutput> answer(String mediaType, String ifNoneMatch) {
        URI base = publicUrl.base();
        return ExportAnswers.stream(Datasets.NEWS, mediaType, base, version.etag(Datasets.NEWS.path(mediaType), rows.latestPublication()),
                ifNoneMatch, PublicCaching.ALWAYS_REVALIDATE, out -> exports.items(mediaType, out, base, batchSize));
    }
}
