package org.twintowns.events.event.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.export.Distribution;
import org.twintowns.commons.export.ExportSchemas;
import org.twintowns.commons.export.JsonExports;
import org.twintowns.commons.export.Node;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.http.Idempotency;
import org.twintowns.commons.http.Languages;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.http.PublicReads;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.security.Caller;
import org.twintowns.events.event.calendar.CalendarAnswer;
import org.twintowns.events.event.calendar.EventCalendar;
import org.twintowns.events.event.service.EventService;
import org.twintowns.events.export.mapping.EventExport;

/** One event: announcing, reading (also as iCalendar) and replacing it; versions become ETags. */
@PublicReads
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventResource {

    @Inject
    EventService service;

    @Inject
    Idempotency idempotency;

    @Inject
    EventCalendar calendar;

    @Inject
    PublicBaseUrl publicUrl;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Operation(operationId = "createEvent", summary = "Announce an event",
            description = "A new event is always SCHEDULED, with sequence 0. Needs an admin token, or an editor token "
                    + "acting for one of the organizers. Organizers, participants and partnerships are checked "
                    + "against the partnerships service.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new event, ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "403", description = "The editor acts for none of the organizers")
    @APIResponse(responseCode = "422", description = "An organizer, participant, partnership or series does not exist")
    @APIResponse(responseCode = "503", description = "The partnerships service cannot be reached; see Retry-After")
    public RestResponse<?> create(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid EventRequest body) {
        return idempotency.once(idempotencyKey, "/api/v1/events", body, () -> {
            Versioned<EventView> created = service.create(body);
            return created.created(locationOf(created.body().id()));
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEvent", summary = "Get an event by id",
            description = "JSON by default; with Accept: text/calendar an RFC 5545 calendar holding the event, in the "
                    + "language of lang or Accept-Language (else its first).")
    @APIResponse(responseCode = "200", description = "The event; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "404", description = "No such event")
    public RestResponse<EventView> get(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the copy the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH)
            String ifNoneMatch) {
        return service.get(id).current(ifNoneMatch);
    }

    @GET
    @Path("/{id}")
    @Produces(EventCalendar.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(mediaType = EventCalendar.MEDIA_TYPE, schema = @Schema(implementation = String.class,
                    examples = "BEGIN:VCALENDAR\r\nPRODID:-//TwinTowns//Events 1.0//EN\r\nVERSION:2.0\r\n...")))
    public RestResponse<String> getCalendar(
            @PathParam("id") UUID id,
            @Parameter(description = "Language of summary and description", example = "de") @QueryParam("lang")
            @Size(max = 35) String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Parameter(description = "ETag of the copy the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH)
            String ifNoneMatch) {
        String body = calendar.render(List.of(service.find(id)), Languages.preferred(lang, acceptLanguage));
        return CalendarAnswer.of(body, ifNoneMatch);
    }

    @GET
    @Path("/{id}")
    @Produces(Distribution.JSON_LD)
    @APIResponse(responseCode = "200", description = "The event as a schema.org Event (application/ld+json), to embed "
            + "in a web page",
            content = @Content(mediaType = Distribution.JSON_LD,
                    schema = @Schema(implementation = ExportSchemas.JsonLdNode.class)))
    public RestResponse<Node> getJsonLd(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the copy the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH)
            String ifNoneMatch) {
        Versioned<EventView> found = service.get(id);
        if (ETags.notModified(ifNoneMatch, found.version())) {
            return RestResponse.ResponseBuilder.<Node>notModified().header(HttpHeaders.ETAG, found.etag()).build();
        }
        Node event = EventExport.node(EventLinkedData.row(found.body()), publicUrl.base());
        return RestResponse.ResponseBuilder.ok(JsonExports.document(event), Distribution.JSON_LD)
                .header(HttpHeaders.ETAG, found.etag()).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Operation(operationId = "updateEvent", summary = "Replace an event, its status excepted",
            description = "Every field is replaced; omitted lists become empty. A change to any field raises sequence by one and moves "
                    + "the ETag and updatedAt; sending back what a GET answered changes nothing. Editors must act "
                    + "for one of the organizers before and after the change. Raising the capacity promotes waitlisted "
                    + "registrations; it cannot go below the confirmed ones.")
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "403", description = "The editor acts for none of the organizers")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Capacity below the confirmed registrations, or the event is "
            + "cancelled or completed")
    @APIResponse(responseCode = "422", description = "An organizer, participant, partnership or series does not exist")
    @APIResponse(responseCode = "503", description = "The partnerships service cannot be reached; see Retry-After")
    public RestResponse<EventView> update(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the version being replaced", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid EventRequest body) {
        return service.update(id, ifMatch, body).ok();
    }

    private URI locationOf(UUID id) {
        return publicUrl.builder().path(EventResource.class).path(id.toString()).build();
    }
}
