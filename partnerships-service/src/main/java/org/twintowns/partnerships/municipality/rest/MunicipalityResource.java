package org.twintowns.partnerships.municipality.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.repository.MunicipalityRepository.MunicipalityFilter;
import org.twintowns.partnerships.municipality.service.MunicipalityService;

/** HTTP face of the municipality registry: maps requests to {@link MunicipalityService} calls. */
@Path("/api/v1/municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Municipalities")
public class MunicipalityResource {

    @Inject
    MunicipalityService service;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a municipality")
    @APIResponse(responseCode = "201", description = "Created; Location names the new municipality",
            content = @Content(schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Slug or Wikidata id already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MunicipalityView> create(@NotNull(message = "a JSON body is required") @Valid
                                                 MunicipalityRequest body) {
        MunicipalityView created = service.create(body);
        return RestResponse.ResponseBuilder.<MunicipalityView>created(
                        uriInfo.getBaseUriBuilder().path(MunicipalityResource.class).path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a municipality by id")
    @APIResponse(responseCode = "200", description = "The municipality",
            content = @Content(schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "404", description = "No such municipality",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MunicipalityView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Operation(summary = "List municipalities", description = "Paged; RFC 8288 Link headers point to the other pages.")
    @APIResponse(responseCode = "200", description = "One page of municipalities")
    @APIResponse(responseCode = "400", description = "Invalid paging, sorting or filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Page<MunicipalityView>> list(
            @BeanParam @Valid PageParams paging,
            @Parameter(description = "ISO 3166-1 alpha-2 country code", example = "DE")
            @QueryParam("country") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
            String country,
            @Parameter(description = "Kind of authority") @QueryParam("kind") Municipality.Kind kind,
            @Parameter(description = "Part of the name, case-insensitive", example = "jen")
            @QueryParam("name") @Size(max = 200) String name) {
        return PageLinks.response(uriInfo, service.list(new MunicipalityFilter(country, kind, name), paging));
    }
}
