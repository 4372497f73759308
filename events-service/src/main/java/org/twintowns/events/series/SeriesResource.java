package org.twintowns.events.series;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.http.PublicReads;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageLinks;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.security.Caller;

/** HTTP face of event series, such as a yearly summer school. */
@PublicReads
@Path("/api/v1/events/series")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Event series")
public class SeriesResource {

    @Inject
    SeriesService service;

    @Context
    UriInfo uriInfo;

    @Inject
    PublicBaseUrl publicUrl;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Operation(operationId = "createEventSeries", summary = "Start a series of events",
            description = "Needs an editor or admin token. Events join it with seriesId.")
    @APIResponse(responseCode = "201", description = "Created; Location names the series",
            content = @Content(schema = @Schema(implementation = SeriesView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    public RestResponse<SeriesView> create(@NotNull(message = "a JSON body is required") @Valid SeriesRequest body) {
        SeriesView created = service.create(body);
        return RestResponse.ResponseBuilder.<SeriesView>created(
                        publicUrl.builder().path(SeriesResource.class).path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEventSeries", summary = "Get a series of events",
            description = "Its events: GET /api/v1/events?series={id}")
    @APIResponse(responseCode = "200", description = "The series",
            content = @Content(schema = @Schema(implementation = SeriesView.class)))
    @APIResponse(responseCode = "404", description = "No such series")
    public SeriesView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Operation(operationId = "listEventSeries", summary = "List series of events",
            description = "Paged, oldest first; sortable by createdAt and updatedAt. RFC 8288 Link headers point to "
                    + "the other pages.")
    @APIResponse(responseCode = "200", description = "One page of series")
    @APIResponse(responseCode = "400", description = "Invalid paging or sorting")
    public RestResponse<Page<SeriesView>> list(@BeanParam @Valid PageParams paging) {
        return PageLinks.response(uriInfo, service.list(paging));
    }
}
