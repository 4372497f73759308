package org.twintowns.news.feed;

import org.twintowns.commons.http.PublicCaching;
import org.twintowns.commons.http.CachePolicy;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.http.PublicReads;
import org.twintowns.news.item.NewsItem;
import org.twintowns.news.item.rest.NewsQuery;
import org.twintowns.news.item.service.NewsItemService;
import org.twintowns.news.media.service.MediaService;
import org.twintowns.news.references.IssuerNames;

/** RSS 2.0 and Atom feeds of public news, with the list's filters. */
@PublicReads
@Path("/api/v1/news")
@Tag(name = "News")
public class NewsFeedResource {

    public static final String RSS = "application/rss+xml";
    public static final String ATOM = "application/atom+xml";

    @Inject
    NewsItemService service;

    @Inject
    MediaService media;

    @Inject
    PublicBaseUrl publicUrl;

    @Inject
    IssuerNames issuerNames;

    @Context
    HttpServerRequest request;

    @GET
    @Path("/feed.rss")
    @Produces(RSS)
    @Operation(operationId = "getNewsRssFeed", summary = "RSS 2.0 feed of public news",
            description = "The newest public items matching the filters, e.g. partnership=<id> for all news about "
                    + "one partnership or topic=ukraine.")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = RSS,
            schema = @Schema(type = SchemaType.STRING, description = "An RSS 2.0 document")))
    @APIResponse(responseCode = "400", description = "Invalid filter")
    // Feed readers poll for what is new, and a withdrawn item must drop out at once.
    @CachePolicy(PublicCaching.ALWAYS_REVALIDATE)
    public String rss(@BeanParam @Valid NewsQuery query, @Parameter(description = "Number of items (1 to 100)")
                      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
        return feed(NewsFeeds.RSS, query, limit);
    }

    @GET
    @Path("/feed.atom")
    @Produces(ATOM)
    @Operation(operationId = "getNewsAtomFeed", summary = "Atom 1.0 feed of public news",
            description = "Same items and filters as the RSS feed.")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = ATOM,
            schema = @Schema(type = SchemaType.STRING, description = "An Atom 1.0 feed document (RFC 4287)")))
    @APIResponse(responseCode = "400", description = "Invalid filter")
    @CachePolicy(PublicCaching.ALWAYS_REVALIDATE)
    public String atom(@BeanParam @Valid NewsQuery query, @Parameter(description = "Number of items (1 to 100)")
                       @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
        return feed(NewsFeeds.ATOM, query, limit);
    }

    private String feed(String type, NewsQuery query, int limit) {
        List<NewsItem> items = service.latestPublic(query.toFilter(), limit);
        return NewsFeeds.render(type, items, media.ofItems(items.stream().map(n -> n.id).toList()),
                issuerNames.of(items.stream().map(n -> n.issuerMunicipalityId).toList()), publicUrl.base(), selfUrl());
    }

    /** The feed's own URL: this request's path and query under the public base URL. */
    private String selfUrl() {
        // Joined, not parsed: the query is the client's own, as it sent it (and as a cache keys on it).
        String query = request.query();
        return publicUrl.base() + request.path().substring(1) + (query == null ? "" : "?" + query);
    }
}
