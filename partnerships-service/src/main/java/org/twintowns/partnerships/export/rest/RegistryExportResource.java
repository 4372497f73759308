package org.twintowns.partnerships.export.rest;

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
import org.twintowns.commons.export.Dataset;
import org.twintowns.commons.export.DatasetVersion;
import org.twintowns.commons.export.Datasets;
import org.twintowns.commons.export.Distribution;
import org.twintowns.commons.export.ExportAnswers;
import org.twintowns.commons.export.ExportSchemas;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.http.PublicCaching;
import org.twintowns.commons.http.PublicReads;
import org.twintowns.partnerships.export.RegistryExports;
import org.twintowns.partnerships.export.mapping.MunicipalityExport;
import org.twintowns.partnerships.export.mapping.PartnershipExport;

/**
 * The registry as open data: every municipality and every partnership in one file, as CSV (with its CSV on
 * the Web metadata), GeoJSON and JSON-LD, streamed as it is read. Cached like the maps, and revalidated
 * against the change feed's position ({@link DatasetVersion}).
 */
@PublicReads
@Path("/api/v1/exports")
@Tag(name = "Open data")
@APIResponse(responseCode = "400", description = "Invalid input")
public class RegistryExportResource {

    @Inject
    RegistryExports exports;

    @Inject
    DatasetVersion version;

    @Inject
    PublicBaseUrl publicUrl;

    @ConfigProperty(name = "twintowns.exports.batch-size", defaultValue = "1000")
    int batchSize;

    @GET
    @Path("/municipalities.csv")
    @Produces(Distribution.CSV)
    @Operation(operationId = "exportMunicipalitiesCsv", summary = "All municipalities as CSV",
            description = ExportAnswers.STREAMED + ExportAnswers.CSV_FILE + ExportAnswers.LICENCE)
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = Distribution.CSV, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<StreamingOutput> exportMunicipalitiesCsv(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answer(Datasets.MUNICIPALITIES, Distribution.CSV, ifNoneMatch);
    }

    @GET
    @Path("/municipalities.geojson")
    @Produces(Distribution.GEO_JSON)
    @Operation(operationId = "exportMunicipalitiesGeoJson", summary = "All municipalities as GeoJSON",
            description = ExportAnswers.STREAMED + ExportAnswers.GEO_JSON_FILE + ExportAnswers.LICENCE)
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = Distribution.GEO_JSON, schema = @Schema(implementation = ExportSchemas.FeatureCollection.class)))
    public RestResponse<StreamingOutput> exportMunicipalitiesGeoJson(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answer(Datasets.MUNICIPALITIES, Distribution.GEO_JSON, ifNoneMatch);
    }

    @GET
    @Path("/municipalities.jsonld")
    @Produces(Distribution.JSON_LD)
    @Operation(operationId = "exportMunicipalitiesJsonLd", summary = "All municipalities as JSON-LD (schema.org)",
            description = ExportAnswers.STREAMED + ExportAnswers.JSON_LD_FILE + ExportAnswers.LICENCE)
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = Distribution.JSON_LD, schema = @Schema(implementation = ExportSchemas.JsonLd.class)))
    public RestResponse<StreamingOutput> exportMunicipalitiesJsonLd(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answer(Datasets.MUNICIPALITIES, Distribution.JSON_LD, ifNoneMatch);
    }

    @GET
    @Path("/municipalities.csv-metadata.json")
    @Produces(Distribution.CSVW)
    @Operation(operationId = "exportMunicipalitiesCsvMetadata", summary = "The columns and licences of municipalities.csv",
            description = ExportAnswers.CSVW)
    @APIResponse(responseCode = "200", description = "The CSV on the Web metadata",
            content = @Content(mediaType = Distribution.CSVW, schema = @Schema(implementation = ExportSchemas.CsvMetadataDocument.class)))
    public Map<String, Object> exportMunicipalitiesCsvMetadata() {
        return CsvMetadata.of(Datasets.MUNICIPALITIES, MunicipalityExport.COLUMNS, publicUrl.base());
    }

    @GET
    @Path("/partnerships.csv")
    @Produces(Distribution.CSV)
    @Operation(operationId = "exportPartnershipsCsv", summary = "All partnerships as CSV",
            description = ExportAnswers.STREAMED + ExportAnswers.CSV_FILE + ExportAnswers.LICENCE)
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = Distribution.CSV, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<StreamingOutput> exportPartnershipsCsv(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answer(Datasets.PARTNERSHIPS, Distribution.CSV, ifNoneMatch);
    }

    @GET
    @Path("/partnerships.geojson")
    @Produces(Distribution.GEO_JSON)
    @Operation(operationId = "exportPartnershipsGeoJson", summary = "All partnerships as GeoJSON",
            description = ExportAnswers.STREAMED + ExportAnswers.GEO_JSON_FILE + ExportAnswers.LICENCE)
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = Distribution.GEO_JSON, schema = @Schema(implementation = ExportSchemas.FeatureCollection.class)))
    public RestResponse<StreamingOutput> exportPartnershipsGeoJson(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answer(Datasets.PARTNERSHIPS, Distribution.GEO_JSON, ifNoneMatch);
    }

    @GET
    @Path("/partnerships.jsonld")
    @Produces(Distribution.JSON_LD)
    @Operation(operationId = "exportPartnershipsJsonLd", summary = "All partnerships as JSON-LD (schema.org)",
            description = ExportAnswers.STREAMED + ExportAnswers.JSON_LD_FILE + ExportAnswers.LICENCE)
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = Distribution.JSON_LD, schema = @Schema(implementation = ExportSchemas.JsonLd.class)))
    public RestResponse<StreamingOutput> exportPartnershipsJsonLd(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answer(Datasets.PARTNERSHIPS, Distribution.JSON_LD, ifNoneMatch);
    }

    @GET
    @Path("/partnerships.csv-metadata.json")
    @Produces(Distribution.CSVW)
    @Operation(operationId = "exportPartnershipsCsvMetadata", summary = "The columns and licences of partnerships.csv",
            description = ExportAnswers.CSVW)
    @APIResponse(responseCode = "200", description = "The CSV on the Web metadata",
            content = @Content(mediaType = Distribution.CSVW, schema = @Schema(implementation = ExportSchemas.CsvMetadataDocument.class)))
    public Map<String, Object> exportPartnershipsCsvMetadata() {
        return CsvMetadata.of(Datasets.PARTNERSHIPS, PartnershipExport.COLUMNS, publicUrl.base());
    }

    private RestResponse<StreamingOutput> answer(Dataset dataset, String mediaType, String ifNoneMatch) {
        URI base = publicUrl.base();
        return ExportAnswers.stream(dataset, mediaType, base, version.etag(dataset.path(mediaType)), ifNoneMatch,
                PublicCaching.MAP, out -> {
                    if (dataset == Datasets.MUNICIPALITIES) {
                        exports.municipalities(mediaType, out, base, batchSize);
                    } else {
                        exports.partnerships(mediaType, out, base, batchSize);
                    }
                });
    }
}
