package org.twintowns.news.item.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.security.Caller;
import org.twintowns.news.item.service.NewsItemService;

/** A news item's place in the publishing workflow: draft, scheduled (embargoed), published, withdrawn. */
@Path("/api/v1/news/{id}/status")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.EDITOR, Caller.ADMIN})
@Tag(name = "News")
public class NewsItemStatusResource {

    @Inject
    NewsItemService service;

    @POST
    @Operation(operationId = "changeNewsItemStatus", summary = "Move a news item through the workflow",
            description = "DRAFT → SCHEDULED (with publishAt in the future) or PUBLISHED; SCHEDULED → DRAFT, "
                    + "PUBLISHED or WITHDRAWN; PUBLISHED → WITHDRAWN; WITHDRAWN → DRAFT. A scheduled item becomes "
                    + "public at publishAt without anyone acting. Withdrawn items leave all public views.")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "400",
            description = "publishAt missing, not ISO 8601 with offset, or not in the future")
    @APIResponse(responseCode = "404", description = "No such news item")
    @APIResponse(responseCode = "409", description = "The transition is not allowed "
            + "(type https://twintowns.org/problems/invalid-transition)")
    public RestResponse<NewsItemView> changeStatus(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the version being changed", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid StatusChangeRequest body) {
        return service.changeStatus(id, ifMatch, body).ok();
    }
}
