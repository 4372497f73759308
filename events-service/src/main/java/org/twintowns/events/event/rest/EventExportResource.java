package org.twintowns.events.event.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import com.fasterxml.jackson.core.JsonGenerator;
import org.twintowns.commons.export.Datasets;
import org.twintowns.commons.export.JsonExports;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.geo.GeoJson;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.http.PublicCaching;
import org.twintowns.commons.http.PublicReads;
import org.twintowns.events.event.service.EventMaps;

/** Every event as one GeoJSON download, streamed batch by batch with its licence in the document. */
@PublicReads
@Path("/api/v1/exports/events.geojson")
@Tag(name = "Events")
public class EventExportResource {

    @Inject
    EventMaps maps;

    @Inject
    ObjectMapper json;

    @Inject
    PublicBaseUrl publicUrl;

    @GET
    @Produces(GeoJson.MEDIA_TYPE)
    @Operation(operationId = "exportEventsGeoJson", summary = "Download all events as GeoJSON",
            description = "Every event as one RFC 7946 FeatureCollection, in order of their start: the features of "
                    + "the list's map (properties=FULL, precision 5), an online event or a venue without coordinates "
                    + "with geometry null. The data's licence and attribution are members of the collection "
                    + "(license, attribution, sources). Streamed: the file is written while the events are read, "
                    + "in batches of " + EventMaps.EXPORT_BATCH + ". The ETag names the events' version (their number and "
                    + "last change); If-None-Match answers 304 without writing the file.")
    @APIResponse(responseCode = "200", description = "The FeatureCollection",
            headers = {
                @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class, maxLength = 64)),
                @Header(name = "Content-Disposition", schema = @Schema(implementation = String.class, maxLength = 64,
                        examples = "attachment; filename=\"events.geojson\"")),
                @Header(name = "Link", description = "The licence (RFC 8288 rel=license)",
                        schema = @Schema(implementation = String.class, maxLength = 200))},
            content = @Content(mediaType = GeoJson.MEDIA_TYPE, schema = @Schema(implementation = EventExport.class)))
    @APIResponse(responseCode = "304", description = "The client's copy is current")
    @APIResponse(responseCode = "400", description = "A query parameter; this operation takes none")
    public RestResponse<StreamingOutput> export(
            @Parameter(description = "ETag of the export the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH)
            String ifNoneMatch) {
        String etag = maps.exportVersion();
        // The ETag is set before the body: PublicCaching then leaves the stream alone instead of digesting it.
        StreamingOutput body = this::write;
        RestResponse.ResponseBuilder<StreamingOutput> answer = ETags.namedIn(ifNoneMatch, etag)
                ? RestResponse.ResponseBuilder.create(Response.Status.NOT_MODIFIED)
                : RestResponse.ResponseBuilder.ok(body, GeoJson.MEDIA_TYPE)
                        .header("Content-Disposition", "attachment; filename=\"events.geojson\"");
        return answer.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, PublicCaching.MAP)
                .header("Link", "<" + Datasets.EVENTS.sources().get(0).licence().url + ">; rel=\"license\"").build();
    }

    /** The platform's export frame (licences and sources first, api-commons export), the map's features in it. */
    private void write(OutputStream out) throws IOException {
        JsonGenerator g = JsonExports.open(json, out);
        JsonExports.startGeoJson(g, Datasets.EVENTS, publicUrl.base());
        EventMaps.Cursor after = null;
        do {
            EventMaps.ExportBatch batch = maps.exportBatch(after);
            for (EventFeatureCollection.Feature feature : batch.features()) {
                g.writeObject(feature);
            }
            g.flush();
            after = batch.next();
        } while (after != null);
        JsonExports.end(g);
    }

    /** The export's document, named for the OpenAPI document: the map's FeatureCollection with its terms. */
    @Schema(name = "EventExport")
    static final class EventExport {
        @Schema(enumeration = "FeatureCollection")
        public String type;
        @Schema(enumeration = "events")
        public String name;
        @Schema(maxLength = 200)
        public String title;
        @Schema(description = "URLs of the data's licences", maxItems = 10)
        public List<@Size(max = 200) String> license;
        @Schema(description = "Whom to credit", maxLength = 200)
        public String attribution;
        @Schema(description = "Where the data comes from, each with its licence", maxItems = 10)
        public List<Map<@Size(max = 20) String, @Size(max = 200) String>> sources;
        @Schema(description = "Every event, in order of their start", maxItems = Integer.MAX_VALUE)
        public List<EventFeatureCollection.Feature> features;
    }
}
