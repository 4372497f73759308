package org.twintowns.partnerships.partnership.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageLinks;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.http.Idempotency;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.security.Caller;
import org.twintowns.partnerships.partnership.service.PartnershipSearchService;
import org.twintowns.partnerships.partnership.service.PartnershipService;
import org.twintowns.partnerships.partnership.service.PartnershipStatisticsService;

/** HTTP face of the partnership registry: maps requests to service calls and versions to ETags. */
@Path("/api/v1/partnerships")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships")
public class PartnershipResource {

    /** RFC 7946 section 12. */
    public static final String GEO_JSON = "application/geo+json";

    @Inject
    PartnershipService service;

    @Inject
    Idempotency idempotency;

    @Inject
    PartnershipSearchService search;

    @Inject
    PartnershipStatisticsService statistics;

    @Context
    UriInfo uriInfo;

    @Inject
    PublicBaseUrl publicUrl;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Operation(summary = "Register a partnership",
            description = "Admins, or editors acting for one of the participants. Records the history given in lifecycle, or an ESTABLISHED event on establishedOn, or, with "
                    + "neither, an ACTIVE partnership with an unknown history. A retry with the same Idempotency-Key "
                    + "gets the first answer again and creates nothing.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, also a history that contradicts itself",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A partnership of this type between exactly these municipalities exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A participant does not exist, or merged into another",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<?> create(
            @Parameter(description = "Makes a retried create safe: the same key and body get the first answer")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid PartnershipRequest body) {
        return idempotency.once(idempotencyKey, "/api/v1/partnerships", body, () -> {
            Versioned<PartnershipView> created = service.create(body);
            return created.created(locationOf(created.body().id()));
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a partnership by id", description = "Internal contacts are never included.")
    @APIResponse(responseCode = "200", description = "The partnership; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    @APIResponse(responseCode = "404", description = "No such partnership",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<PartnershipView> get(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the copy the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH)
            String ifNoneMatch) {
        Versioned<PartnershipView> found = service.get(id);
        return found.current(ifNoneMatch);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Operation(summary = "Replace a partnership, its history excepted",
            description = "Admins, or editors acting for one of the participants both before and after the change. "
                    + "Every field is replaced; omitted lists become empty. Contacts include internal ones, "
                    + "which GET never shows: send them again to keep them.")
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such partnership",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another partnership of this type has exactly these participants",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A participant does not exist, or a new one merged into another",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<PartnershipView> update(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the version being replaced", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid PartnershipUpdateRequest body) {
        Versioned<PartnershipView> updated = service.update(id, ifMatch, body);
        return updated.ok();
    }

    @POST
    @Path("/{id}/lifecycle")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Operation(summary = "Record the next event in a partnership's history",
            description = "Admins, or editors acting for one of the participants. The first event is ESTABLISHED, COUNCIL_DECISION or CHARTER_SIGNED; then COUNCIL_DECISION "
                    + "and CHARTER_SIGNED while ACTIVE, SUSPENDED from ACTIVE, ENDED from ACTIVE or SUSPENDED, "
                    + "REACTIVATED from SUSPENDED or ENDED. Events are never dated before the latest one.")
    @APIResponse(responseCode = "201", description = "Recorded; the body is the updated partnership, Location names it",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, a date in the future, or a missing reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such partnership",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The event may not follow the current status or date "
            + "(type https://twintowns.org/problems/invalid-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<PartnershipView> appendEvent(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the version the event follows", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid LifecycleEventRequest body) {
        Versioned<PartnershipView> updated = service.appendEvent(id, ifMatch, body);
        return updated.created(locationOf(id));
    }

    // List and map share one operation in OpenAPI (same path and method); its description covers both.
    @GET
    @Operation(summary = "List partnerships, or map them as GeoJSON",
            description = "application/json (the default): one page; RFC 8288 Link headers point to the other "
                    + "pages; sortable by establishedOn and createdAt, by default establishedOn then id.\n\n"
                    + "application/geo+json: an RFC 7946 FeatureCollection of all matching partnerships, not paged "
                    + "(page, size and sort do not apply) and refused with 400 when more match than the configured limit "
                    + "(partnerships.geojson.max-features, 20,000 by default). Each "
                    + "partnership is a LineString between two participants or a MultiLineString joining each of "
                    + "three or more to every other, at [longitude, latitude]; participants without coordinates "
                    + "are left out, and a partnership with fewer than two placed participants is not drawn.")
    @APIResponse(responseCode = "200", description = "One page of partnerships, or the map of all that match")
    @APIResponse(responseCode = "400", description = "Invalid paging, sorting or filter; for the map also too many matches",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Page<PartnershipView>> list(
            @BeanParam @Valid PageParams paging,
            @BeanParam @Valid PartnershipQuery query) {
        return PageLinks.response(uriInfo, search.list(query.toFilter(), paging));
    }

    @GET
    @Produces(GEO_JSON)
    @APIResponse(responseCode = "200", description = "One page of partnerships, or the map of all that match",
            content = @Content(mediaType = GEO_JSON, schema = @Schema(implementation = PartnershipFeatureCollection.class)))
    public PartnershipFeatureCollection map(@BeanParam @Valid PartnershipQuery query) {
        return search.map(query.toFilter());
    }

    @GET
    @Path("/statistics")
    @Operation(summary = "Count partnerships",
            description = "Takes the list's filters: country=DE&partnerCountry=UA counts German–Ukrainian "
                    + "partnerships, and byYear shows how they grew.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = PartnershipStatisticsView.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PartnershipStatisticsView statistics(@BeanParam @Valid PartnershipQuery query) {
        return statistics.statistics(query.toFilter());
    }

    private URI locationOf(UUID id) {
        return publicUrl.builder().path(PartnershipResource.class).path(id.toString()).build();
    }
}
