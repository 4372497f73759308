package org.twintowns.news.item.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
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
import org.twintowns.commons.http.Idempotency;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.security.Caller;
import org.twintowns.news.item.service.NewsItemService;
import org.twintowns.commons.reference.ReferencesUnavailableException;

/** Writing news items' content: the rights of the editors of the issuing municipality. */
@Path("/api/v1/news")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.EDITOR, Caller.ADMIN})
@Tag(name = "News")
public class NewsItemWriteResource {

    @Inject
    NewsItemService service;

    @Inject
    Idempotency idempotency;

    @Inject
    PublicBaseUrl publicUrl;

    @POST
    @Operation(operationId = "createNewsItem", summary = "Write a news item",
            description = "Created as DRAFT unless status is PUBLISHED. Editors may only write items issued by a "
                    + "municipality in their token. References (issuer, related municipalities, partnerships, events) "
                    + "are checked with the services that own them. A draft is not public: its Location answers 404 "
                    + "to anyone but its editors.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new news item, ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = NewsItemView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "409", description = "Slug already taken")
    @APIResponse(responseCode = "422", description = "A referenced record does not exist; errors name each field")
    @APIResponse(responseCode = "503", description = "A service owning references is unreachable; nothing was written",
            headers = @Header(name = "Retry-After", schema = @Schema(implementation = Integer.class, minimum = "1",
                    maximum = "" + ReferencesUnavailableException.RETRY_AFTER_SECONDS)))
    public RestResponse<?> create(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid NewsItemRequest body) {
        return idempotency.once(idempotencyKey, "/api/v1/news", body, () -> {
            Versioned<NewsItemView> created = service.create(body);
            return created.created(locationOf(created.body().id()));
        });
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateNewsItem", summary = "Replace a news item's content",
            description = "Every field is replaced; omitted lists become empty, an omitted slug is kept. The status "
                    + "changes only through POST /api/v1/news/{id}/status. The previous content is kept as a revision.")
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "403", description = "Not an editor of the issuing municipality (before or after)")
    @APIResponse(responseCode = "404", description = "No such news item")
    @APIResponse(responseCode = "409", description = "Slug already taken")
    @APIResponse(responseCode = "422", description = "A referenced record does not exist")
    @APIResponse(responseCode = "503", description = "A service owning references is unreachable; nothing was written")
    public RestResponse<NewsItemView> update(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the version being replaced", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid NewsItemRequest body) {
        return service.update(id, ifMatch, body).ok();
    }

    private URI locationOf(UUID id) {
        return publicUrl.builder().path(NewsItemWriteResource.class).path(id.toString()).build();
    }
}
