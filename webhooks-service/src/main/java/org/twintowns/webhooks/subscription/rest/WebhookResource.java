package org.twintowns.webhooks.subscription.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
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
import org.twintowns.commons.http.PublicReads;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageLinks;
import org.twintowns.commons.paging.Paging;
import org.twintowns.commons.security.Caller;
import org.twintowns.webhooks.subscription.service.WebhookService;

/**
 * Webhook subscriptions: register, read, replace, delete, rotate the secret, enable again. For
 * admins and for editors, who subscribe to the municipalities they act for (docs/webhooks.md).
 */
@PublicReads
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.EDITOR, Caller.ADMIN})
@Tag(name = "Webhooks")
public class WebhookResource {

    @Inject
    WebhookService service;

    @Inject
    Idempotency idempotency;

    @Inject
    PublicBaseUrl publicUrl;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe to changes",
            description = "Registers an https endpoint for the event types and filters given. The answer carries the "
                    + "signing secret, the only time it is shown. Admins may subscribe to anything; an editor only with "
                    + "a municipalities filter of municipalities in their token. The URL must resolve to public "
                    + "addresses only, and not name the platform's own services (400 naming url otherwise).")
    @APIResponse(responseCode = "201", description = "Registered; Location names the subscription, ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, or a URL that may not be called")
    public RestResponse<?> create(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid WebhookRequest body) {
        return idempotency.once(idempotencyKey, "/api/v1/webhooks", body, () -> {
            Versioned<WebhookView> created = service.create(body);
            return created.created(locationOf(created.body().id()));
        });
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhook subscriptions",
            description = "An admin's list holds every subscription; an editor's their own. Oldest first. Paged; "
                    + "RFC 8288 Link headers point to the other pages.")
    @APIResponse(responseCode = "200", description = "One page of subscriptions")
    public RestResponse<Page<WebhookView>> list(@BeanParam @Valid Paging paging) {
        return PageLinks.response(uriInfo, service.list(paging));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook subscription",
            description = "For its owner and admins; to anyone else 404, as for an unknown id.")
    @APIResponse(responseCode = "200", description = "The subscription; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription visible to the caller")
    public RestResponse<WebhookView> get(
            @Parameter(description = "Id of the subscription", example = "0190f3c2-aaaa-7000-8000-000000000001")
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the copy the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH)
            String ifNoneMatch) {
        return service.get(id).current(ifNoneMatch);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhook", summary = "Replace a webhook subscription",
            description = "URL, types, filters and description are replaced; the state and the secret stay (enable "
                    + "and rotate have operations of their own). Deliveries already queued keep their events.")
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, or a URL that may not be called")
    @APIResponse(responseCode = "404", description = "No such subscription visible to the caller")
    public RestResponse<WebhookView> update(
            @Parameter(description = "Id of the subscription", example = "0190f3c2-aaaa-7000-8000-000000000001")
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the version being replaced", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid WebhookRequest body) {
        return service.update(id, ifMatch, body).ok();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook subscription",
            description = "The subscription, its pending deliveries and its delivery log are deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription visible to the caller")
    public RestResponse<Void> delete(
            @Parameter(description = "Id of the subscription", example = "0190f3c2-aaaa-7000-8000-000000000001")
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the version being deleted", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }

    @POST
    @Path("/{id}/secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret",
            description = "Makes a new secret and answers it, the only time it is shown. For 24 hours deliveries carry "
                    + "two signatures, space-separated in webhook-signature: the new secret's and the previous one's, "
                    + "so a receiver can switch over without losing a delivery.")
    @APIResponse(responseCode = "200", description = "The new secret",
            content = @Content(schema = @Schema(implementation = SecretView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription visible to the caller")
    public SecretView rotateSecret(
            @Parameter(description = "Id of the subscription", example = "0190f3c2-aaaa-7000-8000-000000000001")
            @PathParam("id") UUID id) {
        return service.rotateSecret(id);
    }

    @POST
    @Path("/{id}/enable")
    @Operation(operationId = "enableWebhook", summary = "Enable a disabled webhook subscription",
            description = "A subscription disabled after failing (or a 410 answer) gets deliveries again: the ones "
                    + "still pending go out, and the failed ones can be sent again with a redelivery. Enabling an "
                    + "active subscription changes nothing.")
    @APIResponse(responseCode = "200", description = "Enabled; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription visible to the caller")
    public RestResponse<WebhookView> enable(
            @Parameter(description = "Id of the subscription", example = "0190f3c2-aaaa-7000-8000-000000000001")
            @PathParam("id") UUID id) {
        return service.enable(id).ok();
    }

    private URI locationOf(UUID id) {
        return publicUrl.builder().path(WebhookResource.class).path(id.toString()).build();
    }
}
