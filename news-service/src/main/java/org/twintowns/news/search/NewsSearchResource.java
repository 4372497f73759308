package org.twintowns.news.search;

import org.twintowns.commons.http.PublicCaching;
import org.twintowns.commons.http.CachePolicy;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.PublicReads;
import org.twintowns.commons.paging.PageLinks;
import org.twintowns.commons.paging.Paging;
import org.twintowns.news.item.rest.NewsQuery;

/** Full-text search over public news. */
@PublicReads
@Path("/api/v1/news/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "News")
public class NewsSearchResource {

    @Inject
    NewsSearchService service;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "searchNewsItems", summary = "Search public news items",
            description = "Full text over headline, lead and body, case- and accent-insensitive, with stemming for "
                    + "German and English (web search syntax: words, \"phrases\", or, -excluded). Ranked by relevance; "
                    + "headlineHtml and snippetHtml are escaped text with the matches in <mark>. Takes the list's "
                    + "filters; language also picks the stemming.")
    @APIResponse(responseCode = "200", description = "One page of matches, best first")
    @APIResponse(responseCode = "400", description = "Missing q, invalid paging or filter")
    // Like the list: a withdrawn item must drop out of what caches answer at once.
    @CachePolicy(PublicCaching.ALWAYS_REVALIDATE)
    public RestResponse<NewsSearchResults> search(
            @Parameter(description = "What to search for", example = "Partnerschaft Ukraine", required = true)
            @QueryParam("q") @NotBlank @Size(max = 200) String q,
            @BeanParam @Valid Paging paging,
            @BeanParam @Valid NewsQuery query) {
        NewsSearchResults results = service.search(q, query.toFilter(), paging);
        return RestResponse.ResponseBuilder.ok(results).header("Link", PageLinks.header(uriInfo, results.asPage()))
                .build();
    }
}
