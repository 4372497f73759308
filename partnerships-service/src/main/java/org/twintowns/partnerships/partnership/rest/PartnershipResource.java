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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.Idempotency;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.http.PublicReads;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.security.Caller;
import org.twintowns.partnerships.municipality.rest.DisplayLanguage;
import org.twintowns.partnerships.partnership.service.PartnershipService;

/** One partnership: registering, reading, replacing and recording its history; versions become ETags. */
@PublicReads
@Path("/api/v1/partnerships")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships")
public class PartnershipResource {

    @Inject
    PartnershipService service;

    @Inject
    Idempotency idempotency;

    @Inject
    PublicBaseUrl publicUrl;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Operation(operationId = "createPartnership", summary = "Register a partnership",
            description = "Admins, or editors acting for one of the participants. Records the history given in "
                    + "lifecycle, or an ESTABLISHED event on establishedOn, or, with neither, an ACTIVE partnership "
                    + "with an unknown history. A retry with the same Idempotency-Key gets the first answer again and "
                    + "creates nothing.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, also a history that contradicts itself")
    @APIResponse(responseCode = "409", description = "A partnership of this type between exactly these municipalities exists")
    @APIResponse(responseCode = "422", description = "A participant does not exist, or merged into another")
    public RestResponse<?> create(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid PartnershipRequest body) {
        return idempotency.once(idempotencyKey, "/api/v1/partnerships", body, () -> {
            Versioned<PartnershipView> created = service.create(body);
            return created.created(locationOf(created.body().id()));
        });
    }

    @GET
    @Path("/{id}")
    // Anyone may read it; a token shows more (internal contacts): optional security.
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "getPartnership", summary = "Get a partnership by id",
            description = "Participants carry displayName in the language of lang or Accept-Language. Internal "
                    + "contacts are included, marked internal, only for admins and for editors acting for a "
                    + "participant (send the token); everyone else never sees them.")
    @APIResponse(responseCode = "200", description = "The partnership; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "404", description = "No such partnership")
    public RestResponse<PartnershipView> get(
            @PathParam("id") UUID id,
            @BeanParam @Valid DisplayLanguage language,
            @Parameter(description = "ETag of the copy the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH)
            String ifNoneMatch) {
        Versioned<PartnershipView> found = service.get(id, language.preferred());
        // One version, two representations: the copy a client holds may be the public one, without the
        // internal contacts this reader may see, so they get the whole answer (never cached: it needs a token).
        return showsInternalContacts(found.body()) ? found.ok() : found.current(ifNoneMatch);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Operation(operationId = "updatePartnership", summary = "Replace a partnership, its history excepted",
            description = "Admins, or editors acting for one of the participants both before and after the change. "
                    + "Every field is replaced; omitted lists become empty. Internal contacts: those who may "
                    + "write a partnership (admins, editors acting for a participant) read them with GET when they "
                    + "send their token and replace them like any field, so send back what GET showed to keep "
                    + "them. A caller who may not see internal contacts can neither change nor delete them: "
                    + "their PUT keeps the stored internal contacts as they are, and an internal contact they "
                    + "send is refused with 400 naming contacts[i].internal. The version (ETag, updatedAt) "
                    + "moves when anything changed, lists included, and stays when nothing did.")
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such partnership")
    @APIResponse(responseCode = "409", description = "Another partnership of this type has exactly these participants")
    @APIResponse(responseCode = "422", description = "A participant does not exist, or a new one merged into another")
    public RestResponse<PartnershipView> update(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the version being replaced", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid PartnershipUpdateRequest body) {
        return service.update(id, ifMatch, body).ok();
    }

    @POST
    @Path("/{id}/lifecycle")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Operation(operationId = "recordPartnershipLifecycleEvent",
            summary = "Record the next event in a partnership's history",
            description = "Admins, or editors acting for one of the participants. The first event is ESTABLISHED, "
                    + "COUNCIL_DECISION or CHARTER_SIGNED; then COUNCIL_DECISION and CHARTER_SIGNED while ACTIVE, "
                    + "SUSPENDED from ACTIVE, ENDED from ACTIVE or SUSPENDED, REACTIVATED from SUSPENDED or ENDED. "
                    + "Events are never dated before the latest one.")
    @APIResponse(responseCode = "201", description = "Recorded; the body is the updated partnership, Location names it",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, a date in the future, or a missing reason")
    @APIResponse(responseCode = "404", description = "No such partnership")
    @APIResponse(responseCode = "409", description = "The event may not follow the current status or date "
            + "(type https://twintowns.org/problems/invalid-transition)")
    public RestResponse<PartnershipView> appendEvent(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the version the event follows", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid LifecycleEventRequest body) {
        return service.appendEvent(id, ifMatch, body).created(locationOf(id));
    }

    private static boolean showsInternalContacts(PartnershipView view) {
        return view.contacts().stream().anyMatch(c -> Boolean.TRUE.equals(c.internal()));
    }

    private URI locationOf(UUID id) {
        return publicUrl.builder().path(PartnershipResource.class).path(id.toString()).build();
    }
}
