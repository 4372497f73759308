package org.twintowns.events.registration.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.http.PublicReads;
import org.twintowns.commons.security.Caller;
import org.twintowns.events.registration.service.RegistrationService;

/** HTTP face of registrations: public to register, organizers-only to read. */
@PublicReads
@Path("/api/v1/events/{eventId}/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Event registrations")
public class RegistrationResource {

    /** Header that carries the token a registrant got with their registration. */
    public static final String CANCELLATION_TOKEN = "Cancellation-Token";

    @Inject
    RegistrationService service;

    @Inject
    PublicBaseUrl publicUrl;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerForEvent", summary = "Register for an event",
            description = "No token needed. CONFIRMED while seats are left, else WAITLISTED; the receipt carries "
                    + "the cancellation token, shown only this once. One registration per person: a repeat with the "
                    + "same e-mail address is a 409 and takes no seat.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = RegistrationReceipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Registration is closed, past its deadline, or the event is "
            + "cancelled or completed (type https://twintowns.org/problems/registration-closed); or the e-mail address "
            + "(compared without regard to case and surrounding blanks) already holds a registration of the event that "
            + "is not cancelled (type https://twintowns.org/problems/already-registered, naming it in detail and in "
            + "errors[0] for the field email): a repeat takes no second seat")
    public RestResponse<RegistrationReceipt> register(
            @PathParam("eventId") UUID eventId,
            @NotNull(message = "a JSON body is required") @Valid RegistrationRequest body) {
        RegistrationReceipt receipt = service.register(eventId, body);
        return RestResponse.ResponseBuilder.<RegistrationReceipt>created(publicUrl.builder()
                        .path(RegistrationResource.class).path(receipt.id().toString()).build(eventId))
                .entity(receipt)
                .build();
    }

    @GET
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Operation(operationId = "listEventRegistrations",
            summary = "List an event's registrations with personal data",
            description = "Only for admins and editors acting for one of the event's organizers.")
    @APIResponse(responseCode = "200", description = "All registrations, oldest first",
            content = @Content(schema = @Schema(implementation = RegistrationView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "Not an organizer of this event")
    @APIResponse(responseCode = "404", description = "No such event")
    public List<RegistrationView> list(@PathParam("eventId") UUID eventId) {
        return service.list(eventId);
    }

    @DELETE
    @Path("/{registrationId}")
    @PermitAll
    // Either way works: the registrant's Cancellation-Token without a bearer token, or an organizer's token.
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "cancelEventRegistration", summary = "Cancel a registration",
            description = "By the registrant with the Cancellation-Token header, or by an organizer or admin with "
                    + "a bearer token. A freed seat goes to the first on the waiting list.")
    @APIResponse(responseCode = "204", description = "Cancelled")
    @APIResponse(responseCode = "401", description = "Neither a cancellation token nor a bearer token")
    @APIResponse(responseCode = "403", description = "Wrong cancellation token, and not an organizer")
    @APIResponse(responseCode = "404", description = "No such event or registration, or already cancelled")
    public RestResponse<Void> cancel(
            @PathParam("eventId") UUID eventId,
            @PathParam("registrationId") UUID registrationId,
            @Parameter(description = "The token from the registration receipt")
            @HeaderParam(CANCELLATION_TOKEN) @Size(max = 64) String cancellationToken) {
        service.cancel(eventId, registrationId, cancellationToken);
        return RestResponse.noContent();
    }
}
