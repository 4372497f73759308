package org.twintowns.partnerships.partnership.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.PublicReads;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageLinks;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.partnerships.municipality.rest.DisplayLanguage;
import org.twintowns.partnerships.partnership.service.PartnerService;

/** A municipality's partners, seen from the municipality; lives with partnerships, which it reads. */
@PublicReads
@Path("/api/v1/municipalities/{id}/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships")
public class MunicipalityPartnersResource {

    @Inject
    PartnerService service;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listMunicipalityPartners", summary = "List a municipality's partners",
            description = "Every other participant of every partnership the municipality takes part in, with "
                    + "that partnership, named by displayName in the language of lang or Accept-Language. Paged; "
                    + "sortable by name, country, establishedOn, updatedAt; default name (the official name).")
    @APIResponse(responseCode = "200", description = "One page of partners")
    @APIResponse(responseCode = "400", description = "Invalid paging or sorting")
    @APIResponse(responseCode = "404", description = "No such municipality")
    public RestResponse<Page<PartnerView>> partners(
            @Parameter(description = "The municipality") @PathParam("id") UUID id,
            @BeanParam @Valid PageParams paging,
            @BeanParam @Valid DisplayLanguage language) {
        return PageLinks.response(uriInfo, service.partnersOf(id, paging, language.preferred()));
    }
}
