package org.twintowns.news.media.rest;

import org.twintowns.commons.http.PublicReads;
import org.twintowns.commons.security.SecurityHeaders;
import org.twintowns.commons.http.PublicCaching;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.Versioned;
import org.twintowns.news.media.NewsMedia;
import org.twintowns.news.media.mapping.MediaMapper;
import org.twintowns.news.media.service.MediaService;

/**
 * Serving the images of news items, exactly as visible as the item: the public sees those of
 * public items, editors also those of their drafts and embargoed items.
 */
@PublicReads
@Path("/api/v1/news/{id}/media")
@Tag(name = "News media")
public class MediaReadResource {

    /** The bytes behind a media id never change, so a public copy may be kept for a year. */
    static final String PUBLIC_CONTENT = "public, max-age=31536000, immutable";
    /** Images of items that are not public are answered to their editors only; no cache may keep them. */
    static final String PRIVATE = SecurityHeaders.PRIVATE;

    @Inject
    MediaService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listNewsItemMedia", summary = "List the images of a news item",
            description = "In order, each with its credit and licence.")
    @APIResponse(responseCode = "200", description = "The images, possibly none; at most news.media.max-per-item "
            + "(20 by default, the figure stated here)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MediaView.class, maxItems = 20)))
    @APIResponse(responseCode = "404", description = "No such news item visible to the caller")
    public RestResponse<List<MediaView>> list(@PathParam("id") UUID id) {
        List<MediaView> media = service.list(id);
        return RestResponse.ResponseBuilder.ok(media).header(HttpHeaders.CACHE_CONTROL, PublicCaching.ALWAYS_REVALIDATE).build();
    }

    @GET
    @Path("/{mediaId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getNewsItemMedia", summary = "Get an image's metadata",
            description = "Caption, credit, licence, source, type, size and where the image itself is (contentUrl).")
    @APIResponse(responseCode = "200", description = "The metadata; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = MediaView.class)))
    @APIResponse(responseCode = "404", description = "No such news item or media visible to the caller")
    public RestResponse<MediaView> get(
            @PathParam("id") UUID id,
            @PathParam("mediaId") UUID mediaId,
            @Parameter(description = "ETag of the copy the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH)
            String ifNoneMatch) {
        MediaService.Visible found = service.readable(id, mediaId);
        RestResponse<MediaView> response = new Versioned<>(MediaMapper.toView(found.media()), found.media().version)
                .current(ifNoneMatch);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, found.isPublic() ? PublicCaching.ALWAYS_REVALIDATE : PRIVATE);
        return response;
    }

    @GET
    @Path("/{mediaId}/content")
    @Produces({"image/jpeg", "image/png", "image/webp", "image/gif"})
    @Operation(operationId = "getNewsItemMediaContent", summary = "Get the image itself",
            description = "The stored bytes with their type. The ETag is the SHA-256 of the bytes; If-None-Match "
                    + "answers 304. Images of public items may be cached for a year (immutable: a media id's bytes "
                    + "never change); those of drafts and embargoed items only reach their editors and are not cached.")
    @APIResponse(responseCode = "200", description = "The image",
            headers = {
                @Header(name = HttpHeaders.ETAG, description = "\"<sha256 hex>\"",
                        schema = @Schema(implementation = String.class, pattern = "\"[0-9a-f]{64}\"")),
                @Header(name = HttpHeaders.CACHE_CONTROL, description = PUBLIC_CONTENT + ", or " + PRIVATE
                        + " while the item is not public",
                        schema = @Schema(implementation = String.class, enumeration = {PUBLIC_CONTENT, PRIVATE})),
                @Header(name = "Content-Disposition", schema = @Schema(implementation = String.class,
                        maxLength = ContentDisposition.MAX_LENGTH))},
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/gif", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such news item or media visible to the caller")
    public Response content(
            @PathParam("id") UUID id,
            @PathParam("mediaId") UUID mediaId,
            @Parameter(description = "ETag of the copy the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH)
            String ifNoneMatch) {
        MediaService.Visible found = service.readable(id, mediaId);
        NewsMedia m = found.media();
        String etag = "\"" + m.sha256 + "\"";
        // A plain Response: with RestResponse<byte[]> and several @Produces types, Quarkus REST 3.30
        // wrote the array's toString() instead of its bytes.
        Response.ResponseBuilder response = matches(ifNoneMatch, etag)
                ? Response.notModified()
                : Response.ok(service.bytes(m), m.contentType)
                        .header("Content-Disposition", ContentDisposition.inline(m.fileName));
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, found.isPublic() ? PUBLIC_CONTENT : PRIVATE)
                // Served exactly as the type the bytes were checked to be, never guessed otherwise.
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** If-None-Match (RFC 9110 13.1.2): a list of tags compared weakly, or *. */
    static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
