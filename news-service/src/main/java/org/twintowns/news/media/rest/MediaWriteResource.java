package org.twintowns.news.media.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Encoding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.Idempotency;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.security.Caller;
import org.twintowns.news.media.service.MediaService;
import org.twintowns.news.media.service.MediaUpload;

/** Adding, describing and removing the images of a news item: the rights of its editors. */
@Path("/api/v1/news/{id}/media")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.EDITOR, Caller.ADMIN})
@Tag(name = "News media")
public class MediaWriteResource {

    @Inject
    MediaService service;

    @Inject
    Idempotency idempotency;

    @Inject
    PublicBaseUrl publicUrl;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "attachNewsItemMedia", summary = "Attach an image to a news item",
            description = "multipart/form-data with the image as part `file` and the fields credit and licence "
                    + "(required), caption, altText and sourceUrl. JPEG, PNG, WebP and GIF are accepted, recognised by "
                    + "the file's content, never by its name; a declared part type that contradicts the content is "
                    + "refused. JPEG, PNG and GIF must decode completely; WebP is checked by its container and frame "
                    + "header. At most news.media.max-size per image (8 MiB by default) and news.media.max-pixels "
                    + "pixels; at most news.media.max-per-item images per item. Needs the rights to edit the item. "
                    + "The image gets a new id; its bytes never change (replace an image by adding a new one and "
                    + "deleting the old). Recorded in the item's revisions; the item gets a new ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = MediaUploadForm.class),
            encoding = @Encoding(name = "file", contentType = "image/jpeg, image/png, image/webp, image/gif")))
    @APIResponse(responseCode = "201", description = "Stored; Location names the media, ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = MediaView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid (credit, licence, file, "
            + "sourceUrl); errors name each field")
    @APIResponse(responseCode = "404", description = "No such news item")
    @APIResponse(responseCode = "409",
            description = "The item has the most images allowed (type https://twintowns.org/problems/too-many-media)")
    @APIResponse(responseCode = "413", description = "The image, or the whole request, is larger than allowed; "
            + "nothing was stored")
    @APIResponse(responseCode = "415", description = "Not JPEG, PNG, WebP or GIF by content (SVG, HTML, PDF, ...), "
            + "or not the declared type; or the request is not multipart/form-data "
            + "(type https://twintowns.org/problems/unsupported-image-type names the accepted types)")
    @APIResponse(responseCode = "422", description = "The file starts like an accepted image but cannot be read, "
            + "or has too many pixels (type https://twintowns.org/problems/unreadable-image)")
    public RestResponse<?> upload(
            @PathParam("id") UUID id,
            @Parameter(description = "Makes a retried upload safe: the same key, file and fields get the first answer")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @BeanParam MediaUploadForm form) {
        MediaUpload upload = service.check(id, form.file, form.metadata());
        return idempotency.once(idempotencyKey, "/api/v1/news/" + id + "/media", upload.fingerprint(), () -> {
            Versioned<MediaView> created = service.add(id, upload);
            return created.created(locationOf(id, created.body().id()));
        });
    }

    @PUT
    @Path("/{mediaId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateNewsItemMedia",
            summary = "Replace an image's caption, credit, licence, source and position",
            description = "Every field is replaced; an omitted position is kept. The image itself cannot change. "
                    + "Recorded in the item's revisions; the item gets a new ETag.")
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the media's new version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; errors name each field")
    @APIResponse(responseCode = "404", description = "No such news item or media")
    public RestResponse<MediaView> update(
            @PathParam("id") UUID id,
            @PathParam("mediaId") UUID mediaId,
            @Parameter(description = "ETag of the media version being replaced", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid MediaMetadataRequest body) {
        return service.update(id, mediaId, ifMatch, body).ok();
    }

    @DELETE
    @Path("/{mediaId}")
    @Operation(operationId = "removeNewsItemMedia", summary = "Remove an image from a news item",
            description = "The image and its bytes are deleted. Copies that public caches already hold may live on "
                    + "until they expire. Recorded in the item's revisions; the item gets a new ETag.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such news item; or no such media, and no If-Match")
    @APIResponse(responseCode = "412", description = "If-Match does not name the media's current version, or the "
                    + "media no longer exist (a concurrent delete came first)")
    public RestResponse<Void> delete(
            @PathParam("id") UUID id,
            @PathParam("mediaId") UUID mediaId,
            @Parameter(description = "ETag of the media version being deleted", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, mediaId, ifMatch);
        return RestResponse.noContent();
    }

    private URI locationOf(UUID itemId, UUID mediaId) {
        return publicUrl.builder().path(MediaWriteResource.class).path(mediaId.toString()).build(itemId);
    }
}
