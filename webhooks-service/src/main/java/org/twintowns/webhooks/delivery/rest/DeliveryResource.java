package org.twintowns.webhooks.delivery.rest;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.http.PublicReads;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageLinks;
import org.twintowns.commons.paging.Paging;
import org.twintowns.commons.security.Caller;
import org.twintowns.webhooks.delivery.service.DeliveryService;

/** A subscription's delivery log, and sending deliveries again. */
@PublicReads
@Path("/api/v1/webhooks/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.EDITOR, Caller.ADMIN})
@Tag(name = "Webhooks")
public class DeliveryResource {

    @Inject
    DeliveryService service;

    @Inject
    PublicBaseUrl publicUrl;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log of a subscription",
            description = "Every delivery, newest first, each with every attempt: when, the status code or the error, "
                    + "how long it took. Paged; RFC 8288 Link headers point to the other pages.")
    @APIResponse(responseCode = "200", description = "One page of deliveries")
    @APIResponse(responseCode = "404", description = "No such subscription visible to the caller")
    public RestResponse<Page<DeliveryView>> list(
            @Parameter(description = "Id of the subscription", example = "0190f3c2-aaaa-7000-8000-000000000001")
            @PathParam("id") UUID id,
            @BeanParam @Valid Paging paging) {
        return PageLinks.response(uriInfo, service.list(id, paging));
    }

    @GET
    @Path("/deliveries/{deliveryId}")
    @Operation(operationId = "getWebhookDelivery", summary = "One delivery of a subscription, with its attempts",
            description = "The delivery's state, its next attempt when pending, and every attempt with its time, status "
                    + "code or error, and duration.")
    @APIResponse(responseCode = "200", description = "The delivery",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription visible to the caller, or no such delivery")
    public DeliveryView get(
            @Parameter(description = "Id of the subscription", example = "0190f3c2-aaaa-7000-8000-000000000001")
            @PathParam("id") UUID id,
            @Parameter(description = "Id of the delivery", example = "0190f3c2-bbbb-7000-8000-000000000001")
            @PathParam("deliveryId") UUID deliveryId) {
        return service.get(id, deliveryId);
    }

    @POST
    @Path("/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send one delivery again",
            description = "Queues the delivery's event again as a new delivery, with the same webhook-id, so a receiver "
                    + "that already has it can tell. A disabled subscription's redelivery waits until it is enabled.")
    @APIResponse(responseCode = "202", description = "Queued; Location names the new delivery",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription visible to the caller, or no such delivery")
    public RestResponse<DeliveryView> redeliver(
            @Parameter(description = "Id of the subscription", example = "0190f3c2-aaaa-7000-8000-000000000001")
            @PathParam("id") UUID id,
            @Parameter(description = "Id of the delivery", example = "0190f3c2-bbbb-7000-8000-000000000001")
            @PathParam("deliveryId") UUID deliveryId) {
        DeliveryView queued = service.redeliver(id, deliveryId);
        return RestResponse.ResponseBuilder.<DeliveryView>accepted()
                .location(publicUrl.builder().path(DeliveryResource.class).path("deliveries").path(queued.id().toString())
                        .build(id))
                .entity(queued).build();
    }

    @POST
    @Path("/redeliveries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redeliverWebhookDeliveriesSince", summary = "Send everything since a point in time again",
            description = "Queues again every event queued for the subscription at or after since, once each and in "
                    + "feed order (at most 10,000 a request; ask again from the last one's time for more).")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(schema = @Schema(implementation = RedeliveriesView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such subscription visible to the caller")
    public RestResponse<RedeliveriesView> redeliverSince(
            @Parameter(description = "Id of the subscription", example = "0190f3c2-aaaa-7000-8000-000000000001")
            @PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid RedeliveryRequest body) {
        return RestResponse.ResponseBuilder.<RedeliveriesView>accepted()
                .entity(new RedeliveriesView(service.redeliverSince(id, body.since()))).build();
    }
}
