package org.twintowns.partnerships.partnership.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.CachePolicy;
import org.twintowns.commons.http.PublicCaching;
import org.twintowns.commons.http.PublicReads;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageLinks;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.geo.GeoJson;
import org.twintowns.commons.geo.MapParams;
import org.twintowns.partnerships.municipality.rest.DisplayLanguage;
import org.twintowns.partnerships.partnership.service.PartnershipSearchService;
import org.twintowns.partnerships.partnership.service.PartnershipStatisticsService;

/** Searching partnerships: a page of JSON, all matches as a GeoJSON map, or their counts. */
@PublicReads
@Path("/api/v1/partnerships")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships")
public class PartnershipListResource {

    @Inject
    PartnershipSearchService search;

    @Inject
    PartnershipStatisticsService statistics;

    @Context
    UriInfo uriInfo;

    // List and map share one operation in OpenAPI (same path and method); its description covers both.
    @GET
    @Operation(operationId = "listPartnerships", summary = "List partnerships, or map them as GeoJSON",
            description = "application/json (the default): one page; RFC 8288 Link headers point to the other "
                    + "pages; sortable by establishedOn, createdAt and updatedAt, by default establishedOn then id.\n\n"
                    + "application/geo+json: an RFC 7946 FeatureCollection of all matching partnerships, not paged "
                    + "(page, size, sort, updatedSince and after do not apply) and refused with 400 when more match than the configured limit "
                    + "(partnerships.geojson.max-features, 20,000 by default). Each "
                    + "partnership is a LineString between two participants or a MultiLineString joining each of "
                    + "three or more to every other, at [longitude, latitude]; participants without coordinates "
                    + "are left out, and a partnership with fewer than two placed participants is not drawn. With bbox, "
                    + "only the partnerships with a participant in the box (the line may end outside it); "
                    + "properties=MINIMAL leaves out the participants' names; precision sets the decimals.\n\n"
                    + "Both name participants by displayName in the language of lang or Accept-Language; internal "
                    + "contacts never appear in a list.")
    @APIResponse(responseCode = "200", description = "One page of partnerships, or the map of all that match")
    @APIResponse(responseCode = "400", description = "Invalid paging, sorting or filter; for the map also too many matches")
    public RestResponse<Page<PartnershipView>> list(
            @BeanParam @Valid PageParams paging,
            @BeanParam @Valid PartnershipQuery query,
            // The map's parameters, which a page does not use: taken and validated here too, so that a malformed
            // one is refused whatever the client accepts, never ignored (ParameterSuite).
            @BeanParam @Valid MapParams map,
            @BeanParam @Valid DisplayLanguage language) {
        return PageLinks.response(uriInfo, search.list(query.toFilter(), paging, language.preferred()));
    }

    @GET
    @Produces(GeoJson.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "One page of partnerships, or the map of all that match",
            content = @Content(mediaType = GeoJson.MEDIA_TYPE, schema = @Schema(implementation = PartnershipFeatureCollection.class)))
    @CachePolicy(PublicCaching.MAP)
    public PartnershipFeatureCollection map(@BeanParam @Valid PartnershipQuery query,
            @BeanParam @Valid MapParams map, @BeanParam @Valid DisplayLanguage language,
            // The page's parameters, which a map does not use: validated, so that a malformed one is refused here too.
            @BeanParam @Valid PageParams paging) {
        return search.map(query.toFilter(), map, language.preferred());
    }

    @GET
    @Path("/statistics")
    @Operation(operationId = "getPartnershipStatistics", summary = "Count partnerships",
            description = "Takes the list's filters: country=DE&partnerCountry=UA counts German–Ukrainian "
                    + "partnerships, and byYear shows how they grew.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = PartnershipStatisticsView.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter")
    public PartnershipStatisticsView statistics(@BeanParam @Valid PartnershipQuery query) {
        return statistics.statistics(query.toFilter());
    }
}
