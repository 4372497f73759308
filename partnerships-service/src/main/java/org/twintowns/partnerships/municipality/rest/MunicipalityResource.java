package org.twintowns.partnerships.municipality.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.http.Idempotency;
import org.twintowns.commons.http.Languages;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageLinks;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.security.Caller;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.repository.MunicipalityRepository.MunicipalityFilter;
import org.twintowns.partnerships.municipality.service.MunicipalityService;
import org.twintowns.partnerships.municipality.service.MunicipalityService.Versioned;

/** HTTP face of the municipality registry: maps requests to {@link MunicipalityService} calls. */
@Path("/api/v1/municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Municipalities")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MunicipalityResource {

    /** More points than this make a map unusable; clients narrow the filter instead. */
    static final int GEOJSON_LIMIT = 50_000;

    @Inject
    MunicipalityService service;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uriInfo;

    @Inject
    PublicBaseUrl publicUrl;

    @QueryParam("lang")
    @Parameter(description = "Language for displayName; overrides Accept-Language", example = "de")
    @Pattern(regexp = "[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as de")
    String lang;

    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    String acceptLanguage;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Register a municipality", description = "Admins only: editors act for municipalities "
            + "that exist, they do not add new ones.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "409", description = "Slug, Wikidata id or official code already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<?> create(
            @Parameter(description = "Makes a retried create safe: the same key and body get the first answer")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid MunicipalityRequest body) {
        return idempotency.once(idempotencyKey, "/api/v1/municipalities", body, () -> {
            Versioned created = service.create(body);
            return RestResponse.ResponseBuilder.<MunicipalityView>created(
                            publicUrl.builder().path(MunicipalityResource.class)
                                    .path(created.view().id().toString()).build())
                    .entity(created.view())
                    .header(HttpHeaders.ETAG, ETags.of(created.version()))
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a municipality by id",
            description = "A merged municipality is still returned, with mergedInto and a Link to its successor.")
    @APIResponse(responseCode = "200", description = "The municipality; ETag is its version",
            content = @Content(schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match named the current version")
    @APIResponse(responseCode = "404", description = "No such municipality",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MunicipalityView> get(@PathParam("id") UUID id,
                                              @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return single(service.get(id, languages()), ifNoneMatch);
    }

    @GET
    @Path("/by-slug/{slug}")
    @Operation(summary = "Get a municipality by slug")
    @APIResponse(responseCode = "200", description = "The municipality",
            content = @Content(schema = @Schema(implementation = MunicipalityView.class)))
    public RestResponse<MunicipalityView> bySlug(@PathParam("slug") @Size(max = 120) String slug,
                                                 @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return single(service.bySlug(slug, languages()), ifNoneMatch);
    }

    @GET
    @Path("/by-ags/{ags}")
    @Operation(summary = "Get a German municipality by its AGS (Amtlicher Gemeindeschlüssel)")
    @APIResponse(responseCode = "200", description = "The municipality",
            content = @Content(schema = @Schema(implementation = MunicipalityView.class)))
    public RestResponse<MunicipalityView> byAgs(
            @Parameter(example = "16053000") @PathParam("ags")
            @Pattern(regexp = "[0-9]{8}", message = "must be an 8-digit AGS") String ags,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return single(service.byOfficialCode("DE", ags, languages()), ifNoneMatch);
    }

    @GET
    @Path("/by-wikidata/{wikidataId}")
    @Operation(summary = "Get a municipality by its Wikidata item id")
    @APIResponse(responseCode = "200", description = "The municipality",
            content = @Content(schema = @Schema(implementation = MunicipalityView.class)))
    public RestResponse<MunicipalityView> byWikidataId(
            @Parameter(example = "Q3150") @PathParam("wikidataId")
            @Pattern(regexp = "Q[1-9][0-9]{0,11}", message = "must be a Wikidata item id such as Q3150") String wikidataId,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return single(service.byWikidataId(wikidataId, languages()), ifNoneMatch);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Operation(summary = "Change a municipality", description = "Replaces all fields; needs If-Match with the ETag "
            + "read. Admins, or editors acting for this municipality.")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "404", description = "No municipality with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MunicipalityView> update(@PathParam("id") UUID id,
                                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                 @NotNull(message = "a JSON body is required") @Valid
                                                 MunicipalityRequest body) {
        return single(service.update(id, ifMatch, body), null);
    }

    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Record that a municipality merged into another",
            description = "German municipalities merge every year; the old id keeps leading to the successor. "
                    + "Admins only: a merger changes what two municipalities' editors act for.")
    @APIResponse(responseCode = "200", description = "The merged municipality, pointing to its successor",
            content = @Content(schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "404", description = "No municipality with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "It already merged",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MunicipalityView> merge(@PathParam("id") UUID id,
                                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                @NotNull(message = "a JSON body is required") @Valid MergeRequest body) {
        return single(service.merge(id, ifMatch, body), null);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MunicipalityGeoJson.MEDIA_TYPE})
    @Operation(summary = "List and search municipalities, or map them",
            description = "Paged JSON; RFC 8288 Link headers point to the other pages. The name search ignores case "
                    + "and diacritics and matches every recorded name in any script and common transliteration "
                    + "(Kiew, Kyiv, Київ). With Accept: application/geo+json the answer is an RFC 7946 "
                    + "FeatureCollection of points: every matching municipality with coordinates (paging does not "
                    + "apply; at most " + GEOJSON_LIMIT + ").")
    @APIResponse(responseCode = "200", description = "One page of municipalities, or a FeatureCollection",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityPage.class)),
                @Content(mediaType = MunicipalityGeoJson.MEDIA_TYPE)
            })
    public RestResponse<?> list(@BeanParam @Valid PageParams paging, @BeanParam @Valid Filter filter,
                                @Context HttpHeaders headers) {
        if (MunicipalityGeoJson.isPreferred(headers.getAcceptableMediaTypes())) {
            return RestResponse.ResponseBuilder.ok(
                    MunicipalityGeoJson.of(service.located(filter.toFilter(), GEOJSON_LIMIT)),
                    MunicipalityGeoJson.MEDIA_TYPE).build();
        }
        return PageLinks.response(uriInfo, service.list(filter.toFilter(), paging, languages()));
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
    }

    private List<String> languages() {
        return Languages.preferred(lang, acceptLanguage);
    }

    private RestResponse<MunicipalityView> single(Versioned versioned, String ifNoneMatch) {
        String etag = ETags.of(versioned.version());
        if (ETags.notModified(ifNoneMatch, versioned.version())) {
            return RestResponse.ResponseBuilder.<MunicipalityView>notModified().header(HttpHeaders.ETAG, etag).build();
        }
        RestResponse.ResponseBuilder<MunicipalityView> ok = RestResponse.ResponseBuilder.ok(versioned.view())
                .header(HttpHeaders.ETAG, etag)
                // The representation depends on the language asked for.
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (versioned.view().mergedInto() != null) {
            ok.header("Link", "<" + UriBuilder.fromResource(MunicipalityResource.class)
                    .path(versioned.view().mergedInto().id().toString()).build() + ">; rel=\"successor-version\"");
        }
        return ok.build();
    }

    /** The filters of the list and the GeoJSON endpoints. */
    public static class Filter {

        @QueryParam("id")
        @Size(max = PageParams.MAX_IDS)
        @Parameter(description = "Only the municipalities with these ids; repeat the parameter for several (at most "
                + PageParams.MAX_IDS + "), so that one request answers for many")
        public List<UUID> id;

        @QueryParam("country")
        @Parameter(description = "ISO 3166-1 alpha-2 country code", example = "DE")
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        public String country;

        @QueryParam("subdivision")
        @Parameter(description = "ISO 3166-2 subdivision code", example = "DE-TH")
        @Pattern(regexp = "[A-Z]{2}-[A-Z0-9]{1,3}", message = "must be an ISO 3166-2 code such as DE-TH")
        public String subdivision;

        @QueryParam("kind")
        @Parameter(description = "Kind of authority")
        public Municipality.Kind kind;

        @QueryParam("name")
        @Parameter(description = "Part of any of its names, in any script; case and diacritics are ignored",
                example = "Kyiv")
        @Size(max = 200)
        public String name;

        MunicipalityFilter toFilter() {
            return new MunicipalityFilter(id == null || id.isEmpty() ? null : List.copyOf(id), country, subdivision,
                    kind, name);
        }
    }
}
