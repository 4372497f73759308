package org.twintowns.partnerships.municipality.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.PublicCaching;
import org.twintowns.commons.http.PublicReads;
import org.twintowns.commons.paging.Listing;
import org.twintowns.commons.paging.PageLinks;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.geo.GeoJson;
import org.twintowns.commons.geo.MapParams;
import org.twintowns.partnerships.municipality.repository.MunicipalityRepository.MapPoint;
import org.twintowns.partnerships.municipality.service.MunicipalityService;

/** Searching the municipality registry: a page of JSON, or all matches as a GeoJSON map. */
@PublicReads
@Path("/api/v1/municipalities")
@Tag(name = "Municipalities")
@APIResponse(responseCode = "400", description = "Invalid input")
public class MunicipalityListResource {

    /** More points than this make a map unusable; clients narrow the filter instead. */
    static final int GEOJSON_LIMIT = 50_000;

    @Inject
    MunicipalityService service;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces({MediaType.APPLICATION_JSON, GeoJson.MEDIA_TYPE})
    @Operation(operationId = "listMunicipalities", summary = "List and search municipalities, or map them",
            description = "Paged JSON; RFC 8288 Link headers point to the other pages. The search (q; name is its "
                    + "deprecated alias) ignores case and diacritics and matches every recorded name in any script and "
                    + "common transliteration (Kiew, Kyiv, Київ). Without sort, a search lists the best match first: a "
                    + "name that is the search, then one that begins with it, then by trigram similarity, larger "
                    + "places first among equals; an explicit sort wins. displayName, also in the map, follows lang "
                    + "or Accept-Language. With Accept: application/geo+json the answer is an RFC 7946 "
                    + "FeatureCollection of points: every matching municipality with coordinates (paging, sorting, "
                    + "updatedSince and after do not apply; at most " + GEOJSON_LIMIT + "). A map of one state: "
                    + "subdivision=DE-BY (a German municipality's state follows the first two digits of its AGS), "
                    + "or bbox; properties=MINIMAL and precision make it smaller. bbox, properties and precision "
                    + "apply to GeoJSON only.")
    @APIResponse(responseCode = "200", description = "One page of municipalities, or a FeatureCollection",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityPage.class)),
                @Content(mediaType = GeoJson.MEDIA_TYPE,
                        schema = @Schema(implementation = MunicipalityGeoJson.class))
            })
    public RestResponse<?> list(@BeanParam @Valid PageParams paging, @BeanParam @Valid MunicipalityQuery query,
                                @BeanParam @Valid MapParams map, @BeanParam @Valid DisplayLanguage language,
                                @Context HttpHeaders headers) {
        if (GeoJson.isPreferred(headers.getAcceptableMediaTypes())) {
            List<MapPoint> located = service.located(query.toFilter(), map.box(), GEOJSON_LIMIT);
            return RestResponse.ResponseBuilder.ok(
                    MunicipalityGeoJson.of(located, service.displayNames(located, language.preferred()), map),
                    GeoJson.MEDIA_TYPE).header(HttpHeaders.CACHE_CONTROL, PublicCaching.MAP).build();
        }
        return PageLinks.response(uriInfo, service.list(query.toFilter(), paging, language.preferred()));
    }

    /** The JSON list envelope, named for the OpenAPI document. */
    @Schema(name = "MunicipalityPage")
    static final class MunicipalityPage {
        @Schema(maxItems = PageParams.MAX_SIZE)
        public List<MunicipalityView> items;
        @Schema(minimum = "0", maximum = "" + PageParams.MAX_PAGE)
        public int page;
        @Schema(minimum = "1", maximum = "" + PageParams.MAX_SIZE)
        public int size;
        @Schema(minimum = "0", maximum = "" + Long.MAX_VALUE)
        public long totalItems;
        @Schema(minimum = "0", maximum = "" + Integer.MAX_VALUE)
        public int totalPages;
        @Schema(description = Listing.SYNCED_UNTIL, examples = "2026-05-01T10:00:00.123456Z")
        public OffsetDateTime syncedUntil;
    }
}
