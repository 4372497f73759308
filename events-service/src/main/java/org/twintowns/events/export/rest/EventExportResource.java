package org.twintowns.events.export.rest;

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
import org.twintowns.events.export.EventExports;
import org.twintowns.events.export.mapping.EventExport;

/**
 * Every event as open data, as CSV (with its CSV on the Web metadata) and JSON-LD, streamed as it is read;
 * no registrations. Cached like the event list (a cancellation shows within a minute), and revalidated
 * against the change feed's position ({@link DatasetVersion}).
 */
@PublicReads
@Path("/api/v1/exports")
@Tag(name = "Open data")
@APIResponse(responseCode = "400", description = "Invalid input")
public class EventExportResource {

    @Inject
    EventExports exports;

    @Inject
    DatasetVersion version;

    @Inject
    PublicBaseUrl publicUrl;

    @ConfigProperty(name = "twintowns.exports.batch-size", defaultValue = "1000")
    int batchSize;

    @GET
    @Path("/events.csv")
    @Produces(Distribution.CSV)
    @Operation(operationId = "exportEventsCsv", summary = "All events as CSV",
            description = ExportAnswers.STREAMED + ExportAnswers.CSV_FILE + ExportAnswers.LICENCE)
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = Distribution.CSV, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<StreamingOutput> exportEventsCsv(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answer(Distribution.CSV, ifNoneMatch);
    }

    @GET
    @Path("/events.jsonld")
    @Produces(Distribution.JSON_LD)
    @Operation(operationId = "exportEventsJsonLd", summary = "All events as JSON-LD (schema.org Event)",
            description = ExportAnswers.STREAMED + ExportAnswers.JSON_LD_FILE + ExportAnswers.LICENCE)
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = Distribution.JSON_LD,
                    schema = @Schema(implementation = ExportSchemas.JsonLd.class)))
    public RestResponse<StreamingOutput> exportEventsJsonLd(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answer(Distribution.JSON_LD, ifNoneMatch);
    }

    @GET
    @Path("/events.csv-metadata.json")
    @Produces(Distribution.CSVW)
    @Operation(operationId = "exportEventsCsvMetadata", summary = "The columns and licences of events.csv",
            description = ExportAnswers.CSVW)
    @APIResponse(responseCode = "200", description = "The CSV on the Web metadata",
            content = @Content(mediaType = Distribution.CSVW,
                    schema = @Schema(implementation = ExportSchemas.CsvMetadataDocument.class)))
    public Map<String, Object> exportEventsCsvMetadata() {
        return CsvMetadata.of(Datasets.EVENTS, EventExport.COLUMNS, publicUrl.base());
    }

    private RestResponse<StreamingOutput> answer(String mediaType, String ifNoneMatch) {
        URI base = publicUrl.base();
        return ExportAnswers.stream(Datasets.EVENTS, mediaType, base, version.etag(Datasets.EVENTS.path(mediaType)),
                ifNoneMatch, PublicCaching.DEFAULT, out -> exports.events(mediaType, out, base, batchSize));
    }
}
