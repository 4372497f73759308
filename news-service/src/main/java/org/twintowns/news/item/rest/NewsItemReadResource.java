package org.twintowns.news.item.rest;

import org.twintowns.commons.http.PublicReads;
import org.twintowns.commons.security.SecurityHeaders;
import org.twintowns.commons.http.PublicCaching;
import org.twintowns.commons.http.CachePolicy;
import jakarta.inject.Inject;
import java.util.Collections;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
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
import org.twintowns.commons.export.Distribution;
import org.twintowns.commons.export.ExportSchemas;
import org.twintowns.commons.export.JsonExports;
import org.twintowns.commons.export.Node;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageLinks;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.persistence.TrackedEntity;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.news.item.NewsItem;
import org.twintowns.news.item.mapping.NewsArticles;
import org.twintowns.news.item.mapping.NewsItemMapper;
import org.twintowns.news.references.IssuerNames;
import org.twintowns.news.item.service.NewsItemService;
import org.twintowns.news.media.service.MediaService;

/**
 * Reading news items: the public list and single items, which an editor's token widens to their
 * drafts and embargoed items. Public answers may be cached after revalidation; others never.
 */
@PublicReads
@Path("/api/v1/news")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "News")
// Public items need no token; an editor's token also shows their drafts.
@SecurityRequirementsSet
@SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
public class NewsItemReadResource {

    /** A withdrawn item must disappear at once: public answers are kept, but revalidated every time. */
    private static final String PUBLIC = PublicCaching.ALWAYS_REVALIDATE;
    private static final String PRIVATE = SecurityHeaders.PRIVATE;

    @Inject
    NewsItemService service;

    @Inject
    MediaService media;

    @Inject
    PublicBaseUrl publicUrl;

    @Inject
    IssuerNames issuerNames;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listNewsItems", summary = "List news items",
            description = "Without status: the public items (published, or scheduled with the embargo passed), newest "
                    + "first unless sorted otherwise. With status (DRAFT, SCHEDULED, PUBLISHED, WITHDRAWN): only for "
                    + "editors and admins, the items with exactly that stored status that they may edit. Paged; "
                    + "RFC 8288 Link headers point to the other pages. "
                    + "Sortable fields: publishedAt, headline, createdAt, updatedAt.")
    @APIResponse(responseCode = "200", description = "One page of news items")
    @APIResponse(responseCode = "400", description = "Invalid paging, sorting or filter")
    @APIResponse(responseCode = "401", description = "status given without a bearer token")
    @CachePolicy(PUBLIC)
    public RestResponse<Page<NewsItemView>> list(
            @BeanParam @Valid PageParams paging,
            @BeanParam @Valid NewsQuery query,
            @Parameter(description = "Part of the headline, case-insensitive", example = "brovary")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Editors and admins: list items with this status", example = "DRAFT",
                    schema = @Schema(enumeration = {"DRAFT", "SCHEDULED", "PUBLISHED", "WITHDRAWN"}))
            @QueryParam("status") String status) {
        return PageLinks.response(uriInfo, service.list(query.toFilter().withQuery(q), status(status), paging));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getNewsItem", summary = "Get a news item by id",
            description = "Public items for everyone. Drafts, embargoed and withdrawn items only for their editors "
                    + "and admins (with a bearer token); to anyone else they answer 404 exactly like an unknown id. "
                    + "Accept: application/ninjs+json gives the IPTC ninjs 2.1 representation, "
                    + "its images with their credits as associations.")
    @APIResponse(responseCode = "200", description = "The news item; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = NewsItemView.class)))
    @APIResponse(responseCode = "404", description = "No such news item visible to the caller")
    public RestResponse<NewsItemView> get(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the copy the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH)
            String ifNoneMatch) {
        Versioned<NewsItemView> found = service.get(id);
        RestResponse<NewsItemView> response = found.current(ifNoneMatch);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL,
                found.body().status() == NewsItem.Status.PUBLISHED ? PUBLIC : PRIVATE);
        return response;
    }

    /**
     * The same operation as {@link #get} for clients that ask for JSON-LD: a schema.org NewsArticle that a
     * city's website embeds so that search engines understand it. Seen by whom {@link #get} shows it to.
     */
    @GET
    @Path("/{id}")
    @Produces(Distribution.JSON_LD)
    @APIResponse(responseCode = "200", description = "The news item as a schema.org NewsArticle (application/ld+json)",
            content = @Content(mediaType = Distribution.JSON_LD,
                    schema = @Schema(implementation = ExportSchemas.JsonLdNode.class)))
    public RestResponse<Node> getJsonLd(@PathParam("id") UUID id,
                                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        NewsItem item = service.readable(id);
        String cache = item.isPublicAt(TrackedEntity.now()) ? PUBLIC : PRIVATE;
        if (ETags.notModified(ifNoneMatch, item.version)) {
            return RestResponse.ResponseBuilder.<Node>notModified().header(HttpHeaders.ETAG, ETags.of(item.version))
                    .header(HttpHeaders.CACHE_CONTROL, cache).build();
        }
        String issuer = NewsItemMapper.issuer(item, issuerNames.of(Collections.singleton(item.issuerMunicipalityId)));
        Node article = NewsArticles.node(NewsArticles.row(item, issuer), publicUrl.base());
        return RestResponse.ResponseBuilder.ok(JsonExports.document(article),
                        Distribution.JSON_LD)
                .header(HttpHeaders.ETAG, ETags.of(item.version))
                .header(HttpHeaders.CACHE_CONTROL, cache)
                .build();
    }

    /** The same operation as {@link #get} for clients that ask for IPTC ninjs. */
    @GET
    @Path("/{id}")
    @Produces(Ninjs.MEDIA_TYPE)
    @APIResponse(responseCode = "200", description = "The news item in IPTC ninjs",
            content = @Content(mediaType = Ninjs.MEDIA_TYPE, schema = @Schema(implementation = Ninjs.class)))
    public RestResponse<Ninjs> getNinjs(@PathParam("id") UUID id) {
        NewsItem item = service.readable(id);
        boolean isPublic = item.isPublicAt(TrackedEntity.now());
        String issuer = NewsItemMapper.issuer(item, issuerNames.of(Collections.singleton(item.issuerMunicipalityId)));
        return RestResponse.ResponseBuilder.ok(Ninjs.of(item, media.ofItem(id), isPublic, publicUrl.base(), issuer))
                .header(HttpHeaders.ETAG, ETags.of(item.version))
                .header(HttpHeaders.CACHE_CONTROL, isPublic ? PUBLIC : PRIVATE)
                .build();
    }

    private static NewsItem.Status status(String value) {
        if (value == null) {
            return null;
        }
        try {
            return NewsItem.Status.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "must be one of DRAFT, SCHEDULED, PUBLISHED, WITHDRAWN");
        }
    }
}
