package org.twintowns.news.item.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageLinks;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.http.Idempotency;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.reference.ReferencesUnavailableException;
import org.twintowns.commons.security.Caller;
import org.twintowns.commons.persistence.TrackedEntity;
import org.twintowns.news.item.NewsItem;
import org.twintowns.news.item.service.NewsItemService;
import org.twintowns.news.media.service.MediaService;

/** HTTP face of the news items: maps requests to {@link NewsItemService} calls and versions to ETags. */
@Path("/api/v1/news")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "News")
public class NewsItemResource {

    private static final String PROBLEM = Problem.MEDIA_TYPE;

    @Inject
    NewsItemService service;

    @Inject
    Idempotency idempotency;

    @Inject
    MediaService media;

    @Context
    UriInfo uriInfo;

    @Inject
    PublicBaseUrl publicUrl;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Operation(summary = "Write a news item",
            description = "Created as DRAFT unless status is PUBLISHED. Editors may only write items issued by a "
                    + "municipality in their token. References (issuer, related municipalities, partnerships, events) "
                    + "are checked with the services that own them. A draft is not public: its Location answers 404 "
                    + "to anyone but its editors.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new news item, ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = NewsItemView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor of the issuing municipality",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Slug already taken",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A referenced record does not exist; errors name each field",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "A service owning references is unreachable; nothing was written",
            headers = @Header(name = "Retry-After", schema = @Schema(implementation = Integer.class, minimum = "1",
                    maximum = "" + ReferencesUnavailableException.RETRY_AFTER_SECONDS)),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RestResponse<?> create(
            @Parameter(description = "Makes a retried create safe: the same key and body get the first answer")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid NewsItemRequest body) {
        return idempotency.once(idempotencyKey, "/api/v1/news", body, () -> {
            Versioned<NewsItemView> created = service.create(body);
            return created.created(locationOf(created.body().id()));
        });
    }

    @GET
    @Path("/{id}")
    // Public items need no token; an editor's token also shows their drafts.
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(summary = "Get a news item by id",
            description = "Public items for everyone. Drafts, embargoed and withdrawn items only for their editors "
                    + "and admins (with a bearer token); to anyone else they answer 404 exactly like an unknown id. "
                    + "Accept: application/ninjs+json gives the IPTC ninjs 2.1 representation, its images with their credits as associations.")
    @APIResponse(responseCode = "200", description = "The news item; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = NewsItemView.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    @APIResponse(responseCode = "404", description = "No such news item visible to the caller",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RestResponse<NewsItemView> get(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the copy the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH)
            String ifNoneMatch) {
        Versioned<NewsItemView> found = service.get(id);
        // Non-public items are answered to editors only; no shared cache may keep them.
        String cacheControl = found.body().status() == NewsItem.Status.PUBLISHED ? "no-cache" : "private, no-store";
        RestResponse<NewsItemView> response = found.current(ifNoneMatch);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
        return response;
    }

    @GET
    @Path("/{id}")
    @Produces(Ninjs.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "The news item in IPTC ninjs",
            content = @Content(mediaType = Ninjs.MEDIA_TYPE, schema = @Schema(implementation = Ninjs.class)))
    public RestResponse<Ninjs> getNinjs(@PathParam("id") UUID id) {
        NewsItem item = service.readable(id);
        boolean isPublic = item.isPublicAt(TrackedEntity.now());
        return RestResponse.ResponseBuilder.ok(Ninjs.of(item, media.ofItem(id), isPublic, publicUrl.base()))
                .header(HttpHeaders.ETAG, ETags.of(item.version))
                .header(HttpHeaders.CACHE_CONTROL, isPublic ? "no-cache" : "private, no-store")
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Operation(summary = "Replace a news item's content",
            description = "Every field is replaced; omitted lists become empty, an omitted slug is kept. The status "
                    + "changes only through POST /api/v1/news/{id}/status. The previous content is kept as a revision.")
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = NewsItemView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor of the issuing municipality (before or after)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such news item",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Slug already taken",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A referenced record does not exist",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "A service owning references is unreachable; nothing was written",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RestResponse<NewsItemView> update(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the version being replaced", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid NewsItemRequest body) {
        Versioned<NewsItemView> updated = service.update(id, ifMatch, body);
        return updated.ok();
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Operation(summary = "Move a news item through the workflow",
            description = "DRAFT → SCHEDULED (with publishAt in the future) or PUBLISHED; SCHEDULED → DRAFT, "
                    + "PUBLISHED or WITHDRAWN; PUBLISHED → WITHDRAWN; WITHDRAWN → DRAFT. A scheduled item becomes "
                    + "public at publishAt without anyone acting. Withdrawn items leave all public views.")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = NewsItemView.class)))
    @APIResponse(responseCode = "400", description = "publishAt missing, not ISO 8601 with offset, or not in the future",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor of the issuing municipality",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such news item",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The transition is not allowed "
            + "(type https://twintowns.org/problems/invalid-transition)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RestResponse<NewsItemView> changeStatus(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the version being changed", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid StatusChangeRequest body) {
        Versioned<NewsItemView> updated = service.changeStatus(id, ifMatch, body);
        return updated.ok();
    }

    @GET
    @Path("/{id}/revisions")
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Operation(summary = "List the revisions of a news item",
            description = "For its editors and admins: every change with who made it and when, oldest first.")
    @APIResponse(responseCode = "200", description = "The revision history")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor of the issuing municipality of a public item",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such news item, or none the caller may see (a draft or "
            + "embargoed item of another municipality is answered the same way)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<RevisionSummaryView> revisions(@PathParam("id") UUID id) {
        return service.revisions(id);
    }

    @GET
    @Path("/{id}/revisions/{number}")
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Operation(summary = "Get one revision of a news item",
            description = "For its editors and admins: the full content the item had before change number n.")
    @APIResponse(responseCode = "200", description = "The revision",
            content = @Content(schema = @Schema(implementation = RevisionView.class)))
    @APIResponse(responseCode = "404", description = "No such news item or revision, or an item the caller may not "
            + "see (answered the same way)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RevisionView revision(@PathParam("id") UUID id,
                                 @PathParam("number") @Min(1) @Max(Integer.MAX_VALUE) int number) {
        return service.revision(id, number);
    }

    @GET
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(summary = "List news items",
            description = "Without status: the public items (published, or scheduled with the embargo passed), newest "
                    + "first unless sorted otherwise. With status (DRAFT, SCHEDULED, PUBLISHED, WITHDRAWN): only for "
                    + "editors and admins, the items with exactly that stored status that they may edit. Paged; "
                    + "RFC 8288 Link headers point to the other pages. Sortable fields: publishedAt, headline, createdAt.")
    @APIResponse(responseCode = "200", description = "One page of news items")
    @APIResponse(responseCode = "400", description = "Invalid paging, sorting or filter",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "status given without a bearer token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Page<NewsItemView>> list(
            @BeanParam @Valid PageParams paging,
            @BeanParam @Valid NewsQuery query,
            @Parameter(description = "Part of the headline, case-insensitive", example = "brovary")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Editors and admins: list items with this status", example = "DRAFT",
                    schema = @Schema(enumeration = {"DRAFT", "SCHEDULED", "PUBLISHED", "WITHDRAWN"}))
            @QueryParam("status") String status) {
        return PageLinks.response(uriInfo, service.list(query.toFilter().withQuery(q), status(status), paging));
    }

    private static NewsItem.Status status(String value) {
        if (value == null) {
            return null;
        }
        try {
            return NewsItem.Status.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "must be one of DRAFT, SCHEDULED, PUBLISHED, WITHDRAWN");
        }
    }

    private URI locationOf(UUID id) {
        return publicUrl.builder().path(NewsItemResource.class).path(id.toString()).build();
    }
}
