package org.twintowns.news.media.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What readers are told about an image; replaced as a whole by PUT. */
@Schema(name = "NewsMediaMetadata")
public record MediaMetadataRequest(
        @Size(max = TEXT_MAX) @Schema(examples = "Die Delegation aus Brovary im Jenaer Rathaus") String caption,
        @Size(max = TEXT_MAX) @Schema(description = "Describes the image for people who cannot see it",
                examples = "Zehn Personen vor einem Feuerwehrfahrzeug") String altText,
        @NotBlank @Size(max = CREDIT_MAX) @Schema(required = true, description = "The credit line",
                examples = "Foto: Stadt Jena") String credit,
        @NotBlank @Size(max = LICENCE_MAX) @Schema(required = true, examples = "press use only") String licence,
        @Size(max = URL_MAX) @Pattern(regexp = URL_PATTERN, message = URL_MESSAGE)
        @Schema(examples = "https://www.jena.de/presse") String sourceUrl,
        @Min(0) @Max(POSITION_MAX) @Schema(description = "Order within the item; omitted keeps it", examples = "0")
        Integer position) {

    public static final int TEXT_MAX = 1000;
    public static final int CREDIT_MAX = 300;
    public static final int LICENCE_MAX = 200;
    public static final int URL_MAX = 2000;
    public static final int POSITION_MAX = 999;
    public static final String URL_PATTERN = "https?://[^\\s<>\"]+";
    public static final String URL_MESSAGE = "must be an absolute http or https URL";

    /** The same metadata at {@code at}, for a replace that keeps the image's position. */
    public MediaMetadataRequest atPosition(int at) {
        return new MediaMetadataRequest(caption, altText, credit, licence, sourceUrl, at);
    }
}
