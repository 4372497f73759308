package org.twintowns.news.item.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twintowns.commons.http.PublicReads;
import org.twintowns.commons.security.Caller;
import org.twintowns.news.item.service.NewsItemService;

/** The revision history of a news item: what it said before each change, for its editors only. */
@PublicReads
@Path("/api/v1/news/{id}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.EDITOR, Caller.ADMIN})
@Tag(name = "News")
public class NewsRevisionResource {

    @Inject
    NewsItemService service;

    @GET
    @Operation(operationId = "listNewsItemRevisions", summary = "List the revisions of a news item",
            description = "For its editors and admins: every change with who made it and when, oldest first.")
    @APIResponse(responseCode = "200", description = "The revision history")
    @APIResponse(responseCode = "403", description = "Not an editor of the issuing municipality of a public item")
    @APIResponse(responseCode = "404", description = "No such news item, or none the caller may see (a draft or "
            + "embargoed item of another municipality is answered the same way)")
    public List<RevisionSummaryView> list(@PathParam("id") UUID id) {
        return service.revisions(id);
    }

    @GET
    @Path("/{number}")
    @Operation(operationId = "getNewsItemRevision", summary = "Get one revision of a news item",
            description = "For its editors and admins: the full content the item had before change number n.")
    @APIResponse(responseCode = "200", description = "The revision")
    @APIResponse(responseCode = "404", description = "No such news item or revision, or an item the caller may not "
            + "see (answered the same way)")
    public RevisionView get(@PathParam("id") UUID id, @PathParam("number") @Min(1) @Max(Integer.MAX_VALUE) int number) {
        return service.revision(id, number);
    }
}
