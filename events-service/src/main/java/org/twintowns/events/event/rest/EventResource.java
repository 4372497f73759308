package org.twintowns.events.event.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageLinks;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.problem.Problem;
import org.twintowns.events.event.Event;
import org.twintowns.events.event.repository.EventRepository.EventFilter;
import org.twintowns.events.event.service.EventService;

/** HTTP face of the event calendar: maps requests to {@link EventService} calls. */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventResource {

    @Inject
    EventService service;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Announce an event", description = "A new event is always SCHEDULED.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new event",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EventView> create(@NotNull(message = "a JSON body is required") @Valid EventRequest body) {
        EventView created = service.create(body);
        return RestResponse.ResponseBuilder.<EventView>created(
                        uriInfo.getBaseUriBuilder().path(EventResource.class).path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an event by id")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "404", description = "No such event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EventView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Operation(summary = "List events",
            description = "Paged, by default in order of their start; RFC 8288 Link headers point to the other pages.")
    @APIResponse(responseCode = "200", description = "One page of events")
    @APIResponse(responseCode = "400", description = "Invalid paging, sorting or filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Page<EventView>> list(
            @BeanParam @Valid PageParams paging,
            @Parameter(description = "What sort of event") @QueryParam("kind") Event.Kind kind,
            @Parameter(description = "Where the event stands") @QueryParam("status") Event.Status status,
            @Parameter(description = "How people take part") @QueryParam("attendanceMode")
            Event.AttendanceMode attendanceMode,
            @Parameter(description = "Only events still running after this moment (ISO 8601 with offset; "
                    + "encode + as %2B)", example = "2024-11-01T00:00:00Z")
            @QueryParam("from") OffsetDateTime from,
            @Parameter(description = "Only events starting before this moment (ISO 8601 with offset; "
                    + "encode + as %2B); must be after from", example = "2024-12-01T00:00:00Z")
            @QueryParam("to") OffsetDateTime to) {
        return PageLinks.response(uriInfo, service.list(new EventFilter(kind, status, attendanceMode, from, to), paging));
    }
}
