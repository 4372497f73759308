package org.twintowns.news.item.rest;

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
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.news.item.repository.NewsItemRepository.NewsItemFilter;
import org.twintowns.news.item.service.NewsItemService;

/** HTTP face of the news items: maps requests to {@link NewsItemService} calls. */
@Path("/api/v1/news")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "News")
public class NewsItemResource {

    @Inject
    NewsItemService service;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a news item",
            description = "Created as DRAFT unless status is PUBLISHED. The response shows the item to its creator "
                    + "even as a draft, but a draft is not public: its Location answers 404 until it is published. "
                    + "Editors reading drafts arrive with authentication.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new news item",
            content = @Content(schema = @Schema(implementation = NewsItemView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Slug already taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<NewsItemView> create(@NotNull(message = "a JSON body is required") @Valid
                                             NewsItemRequest body) {
        NewsItemView created = service.create(body);
        return RestResponse.ResponseBuilder.<NewsItemView>created(
                        uriInfo.getBaseUriBuilder().path(NewsItemResource.class).path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a published news item by id",
            description = "Only published items are public: a draft answers 404 exactly like an unknown id. "
                    + "Editors reading drafts arrive with authentication.")
    @APIResponse(responseCode = "200", description = "The news item",
            content = @Content(schema = @Schema(implementation = NewsItemView.class)))
    @APIResponse(responseCode = "404", description = "No such published news item",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NewsItemView get(@PathParam("id") UUID id) {
        return service.getPublished(id);
    }

    @GET
    @Operation(summary = "List published news items",
            description = "Only published items, newest first unless sorted otherwise; drafts are neither listed "
                    + "nor counted. Editors listing drafts arrive with authentication. Paged; RFC 8288 Link headers "
                    + "point to the other pages. Sortable fields: publishedAt, headline, createdAt.")
    @APIResponse(responseCode = "200", description = "One page of published news items")
    @APIResponse(responseCode = "400", description = "Invalid paging, sorting or filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Page<NewsItemView>> list(
            @BeanParam @Valid PageParams paging,
            @Parameter(description = "ISO 639-1 language code", example = "de")
            @QueryParam("language") @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as de")
            String language,
            @Parameter(description = "Part of the headline, case-insensitive", example = "brovary")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Published at or after this time (ISO 8601 with offset; send + as %2B)",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2022-12-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "Published before this time (ISO 8601 with offset; send + as %2B); "
                    + "must be later than from",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2023-01-01T00:00:00Z")
            @QueryParam("to") String to) {
        NewsItemFilter filter = new NewsItemFilter(language, q, dateTime("from", from), dateTime("to", to));
        return PageLinks.response(uriInfo, service.listPublished(filter, paging));
    }

    /**
     * Parsed here rather than by a JAX-RS parameter converter: a failed conversion there answers 404
     * without naming the parameter.
     */
    private static OffsetDateTime dateTime(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(parameter,
                    "must be an ISO 8601 date-time with offset, such as 2022-12-01T00:00:00Z");
        }
    }
}
