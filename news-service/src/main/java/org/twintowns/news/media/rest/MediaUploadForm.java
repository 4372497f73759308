package org.twintowns.news.media.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The multipart/form-data of an upload: the image file and what readers must be told about it. */
@Schema(name = "NewsMediaUpload")
public class MediaUploadForm {

    @RestForm("file")
    @NotNull(message = "is required: the image as a file part")
    @Schema(type = SchemaType.STRING, format = "binary", required = true,
            description = "The image: JPEG, PNG, WebP or GIF, recognised by its content; at most news.media.max-size "
                    + "(8 MiB by default)")
    public FileUpload file;

    // Each field names itself: a refused value's problem names the field from this annotation.
    @RestForm("caption")
    @Size(max = MediaMetadataRequest.TEXT_MAX)
    @Schema(maxLength = MediaMetadataRequest.TEXT_MAX, examples = "Die Delegation aus Brovary im Jenaer Rathaus")
    public String caption;

    @RestForm("altText")
    @Size(max = MediaMetadataRequest.TEXT_MAX)
    @Schema(maxLength = MediaMetadataRequest.TEXT_MAX, description = "Describes the image for people who cannot see it",
            examples = "Zehn Personen vor einem Feuerwehrfahrzeug")
    public String altText;

    @RestForm("credit")
    @NotBlank
    @Size(max = MediaMetadataRequest.CREDIT_MAX)
    @Schema(required = true, maxLength = MediaMetadataRequest.CREDIT_MAX,
            description = "The credit line, shown wherever the image is shown", examples = "Foto: Stadt Jena")
    public String credit;

    @RestForm("licence")
    @NotBlank
    @Size(max = MediaMetadataRequest.LICENCE_MAX)
    @Schema(required = true, maxLength = MediaMetadataRequest.LICENCE_MAX, examples = "CC BY 4.0")
    public String licence;

    @RestForm("sourceUrl")
    @Size(max = MediaMetadataRequest.URL_MAX)
    @Pattern(regexp = MediaMetadataRequest.URL_PATTERN, message = MediaMetadataRequest.URL_MESSAGE)
    @Schema(maxLength = MediaMetadataRequest.URL_MAX, description = "Where the image comes from",
            examples = "https://www.jena.de/presse")
    public String sourceUrl;

    /** The metadata fields as they are edited later. */
    public MediaMetadataRequest metadata() {
        return new MediaMetadataRequest(caption, altText, credit, licence, sourceUrl, null);
    }
}
