package org.twintowns.partnerships.municipality.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.export.Distribution;
import org.twintowns.commons.export.ExportSchemas;
import org.twintowns.commons.export.JsonExports;
import org.twintowns.commons.export.Node;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.http.PublicReads;
import org.twintowns.commons.http.Versioned;
import org.twintowns.partnerships.export.mapping.MunicipalityExport;
import org.twintowns.partnerships.export.repository.RegistryRows.MunicipalityRow;
import org.twintowns.partnerships.export.repository.RegistryRows.OtherName;
import org.twintowns.partnerships.municipality.service.MunicipalityService;

/** Finding one municipality: by id, or by the keys others know it by (slug, AGS, Wikidata id). */
@PublicReads
@Path("/api/v1/municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Municipalities")
@APIResponse(responseCode = "400", description = "Invalid input")
public class MunicipalityLookupResource {

    @Inject
    MunicipalityService service;

    @Inject
    PublicBaseUrl publicUrl;

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMunicipality", summary = "Get a municipality by id",
            description = "A merged municipality is still returned, with mergedInto and a Link to its successor.")
    @APIResponse(responseCode = "200", description = "The municipality; ETag is its version",
            content = @Content(schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "404", description = "No such municipality")
    public RestResponse<MunicipalityView> get(@PathParam("id") UUID id,
                                              @BeanParam @Valid DisplayLanguage language,
                                              @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return MunicipalityAnswers.current(service.get(id, language.preferred()), ifNoneMatch);
    }

    /** The same operation as {@link #get} for clients that ask for JSON-LD: the export's schema.org node. */
    @GET
    @Path("/{id}")
    @Produces(Distribution.JSON_LD)
    @APIResponse(responseCode = "200", description = "The municipality as a schema.org City, AdministrativeArea or "
            + "Place (application/ld+json), with sameAs its Wikidata item",
            content = @Content(mediaType = Distribution.JSON_LD,
                    schema = @Schema(implementation = ExportSchemas.JsonLdNode.class)))
    public RestResponse<Node> getJsonLd(@PathParam("id") UUID id,
                                        @BeanParam @Valid DisplayLanguage language,
                                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Versioned<MunicipalityView> found = service.get(id, language.preferred());
        if (ETags.notModified(ifNoneMatch, found.version())) {
            return RestResponse.ResponseBuilder.<Node>notModified().header(HttpHeaders.ETAG, found.etag()).build();
        }
        MunicipalityView m = found.body();
        MunicipalityRow row = new MunicipalityRow(m.id(), m.slug(), m.name(), m.kind().name(), m.country(),
                m.subdivision(), m.officialCode(), m.wikidataId(), m.population(), m.populationYear(),
                m.coordinates() == null ? null : m.coordinates().latitude(),
                m.coordinates() == null ? null : m.coordinates().longitude(), m.website(), m.updatedAt(),
                m.otherNames().stream().map(n -> new OtherName(n.name(), n.language(), n.kind().name())).toList());
        return RestResponse.ResponseBuilder.ok(JsonExports.document(MunicipalityExport.node(row, publicUrl.base())),
                Distribution.JSON_LD).header(HttpHeaders.ETAG, found.etag()).build();
    }

    @GET
    @Path("/by-slug/{slug}")
    @Operation(operationId = "getMunicipalityBySlug", summary = "Get a municipality by slug",
            description = "The slug is the municipality's name in URLs, such as brovary; it changes only with its name.")
    @APIResponse(responseCode = "200", description = "The municipality",
            content = @Content(schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "404", description = "No municipality with this slug")
    public RestResponse<MunicipalityView> bySlug(@PathParam("slug") @Size(max = 120) String slug,
                                                 @BeanParam @Valid DisplayLanguage language,
                                              @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return MunicipalityAnswers.current(service.bySlug(slug, language.preferred()), ifNoneMatch);
    }

    @GET
    @Path("/by-ags/{ags}")
    @Operation(operationId = "getMunicipalityByAgs",
            summary = "Get a German municipality by its AGS (Amtlicher Gemeindeschlüssel)",
            description = "The AGS is the official 8-digit key of the Destatis Gemeindeverzeichnis, such as 16053000 "
                    + "for Jena.")
    @APIResponse(responseCode = "200", description = "The municipality",
            content = @Content(schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "404", description = "No German municipality with this AGS")
    public RestResponse<MunicipalityView> byAgs(
            @Parameter(example = "16053000") @PathParam("ags")
            @Pattern(regexp = "[0-9]{8}", message = "must be an 8-digit AGS") String ags,
            @BeanParam @Valid DisplayLanguage language,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return MunicipalityAnswers.current(service.byOfficialCode("DE", ags, language.preferred()), ifNoneMatch);
    }

    @GET
    @Path("/by-wikidata/{wikidataId}")
    @Operation(operationId = "getMunicipalityByWikidataId", summary = "Get a municipality by its Wikidata item id",
            description = "For clients that hold Wikidata items, such as the twinning lists imported from Wikidata.")
    @APIResponse(responseCode = "200", description = "The municipality",
            content = @Content(schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "404", description = "No municipality with this Wikidata id")
    public RestResponse<MunicipalityView> byWikidataId(
            @Parameter(example = "Q3150") @PathParam("wikidataId")
            @Pattern(regexp = "Q[1-9][0-9]{0,11}", message = "must be a Wikidata item id such as Q3150") String wikidataId,
            @BeanParam @Valid DisplayLanguage language,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return MunicipalityAnswers.current(service.byWikidataId(wikidataId, language.preferred()), ifNoneMatch);
    }
}
