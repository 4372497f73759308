package org.twintowns.partnerships.municipality.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.Idempotency;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.security.Caller;
import org.twintowns.partnerships.municipality.service.MunicipalityService;

/** Registering, changing and merging municipalities: maps requests to {@link MunicipalityService} calls. */
@Path("/api/v1/municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Municipalities")
@APIResponse(responseCode = "400", description = "Invalid input")
public class MunicipalityResource {

    @Inject
    MunicipalityService service;

    @Inject
    Idempotency idempotency;

    @Inject
    PublicBaseUrl publicUrl;

    @POST
    @RolesAllowed(Caller.ADMIN)
    @Operation(operationId = "createMunicipality", summary = "Register a municipality",
            description = "Admins only: editors act for municipalities that exist, they do not add new ones.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "409", description = "Slug, Wikidata id or official code already registered")
    public RestResponse<?> create(
            // Taken and validated as on every municipality operation; a write answers with the official name.
            @BeanParam @Valid DisplayLanguage language,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid MunicipalityRequest body) {
        return idempotency.once(idempotencyKey, "/api/v1/municipalities", body, () -> {
            Versioned<MunicipalityView> created = service.create(body);
            return created.created(publicUrl.builder().path(MunicipalityResource.class)
                    .path(created.body().id().toString()).build());
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Operation(operationId = "updateMunicipality", summary = "Change a municipality",
            description = "Replaces all fields; needs If-Match with the ETag read. Admins, or editors acting for "
                    + "this municipality.")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "404", description = "No municipality with this id")
    @APIResponse(responseCode = "409", description = "Slug, Wikidata id or official code registered for another municipality")
    public RestResponse<MunicipalityView> update(@PathParam("id") UUID id,
                                                 @BeanParam @Valid DisplayLanguage language,
                                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                 @NotNull(message = "a JSON body is required") @Valid
                                                 MunicipalityRequest body) {
        return MunicipalityAnswers.current(service.update(id, ifMatch, body), null);
    }

    @POST
    @Path("/{id}/merge")
    @RolesAllowed(Caller.ADMIN)
    @Operation(operationId = "mergeMunicipality", summary = "Record that a municipality merged into another",
            description = "German municipalities merge every year; the old id keeps leading to the successor. "
                    + "Admins only: a merger changes what two municipalities' editors act for.")
    @APIResponse(responseCode = "200", description = "The merged municipality, pointing to its successor",
            content = @Content(schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "404", description = "No municipality with this id")
    @APIResponse(responseCode = "409", description = "It already merged")
    public RestResponse<MunicipalityView> merge(@PathParam("id") UUID id,
                                                @BeanParam @Valid DisplayLanguage language,
                                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                @NotNull(message = "a JSON body is required") @Valid MergeRequest body) {
        return MunicipalityAnswers.current(service.merge(id, ifMatch, body), null);
    }
}
