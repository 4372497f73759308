package org.twintowns.events.event.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.security.Caller;
import org.twintowns.events.event.service.EventService;

/** An event's status: postponed, cancelled, moved online, completed; every change is kept in its history. */
@Path("/api/v1/events/{id}/status")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventStatusResource {

    @Inject
    EventService service;

    @POST
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Operation(operationId = "changeEventStatus", summary = "Change an event's status",
            description = "SCHEDULED → POSTPONED, CANCELLED, MOVED_ONLINE, COMPLETED; POSTPONED → SCHEDULED, "
                    + "CANCELLED, MOVED_ONLINE; MOVED_ONLINE → SCHEDULED, POSTPONED, CANCELLED, COMPLETED. CANCELLED "
                    + "and COMPLETED are final; COMPLETED not before the start. Recorded in statusHistory; raises "
                    + "sequence by one.")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, e.g. MOVED_ONLINE without a join URL")
    @APIResponse(responseCode = "403", description = "The editor acts for none of the organizers")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status "
            + "(type https://twintowns.org/problems/invalid-transition)")
    public RestResponse<EventView> changeStatus(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the version being changed", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid StatusChangeRequest body) {
        return service.changeStatus(id, ifMatch, body.status(), body.reason(), body.joinUrl()).ok();
    }
}
