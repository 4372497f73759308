package org.twintowns.news.media.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An image attached to a news item, with everything a reader must be told about it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NewsMedia")
public record MediaView(
        @Schema(examples = "5b0e8f7c-2a4d-4c61-9e3b-7d1f0a2c4e6b") UUID id,
        @Schema(examples = "7c1e2d4a-5b6f-4a3e-9d8c-1f2e3d4c5b6a") UUID newsItemId,
        @Schema(description = "Where the image itself is served (path on this host)",
                examples = "/api/v1/news/7c1e2d4a-5b6f-4a3e-9d8c-1f2e3d4c5b6a/media/5b0e8f7c-2a4d-4c61-9e3b-7d1f0a2c4e6b/content",
                maxLength = 100)
        String contentUrl,
        @Schema(description = "As the file's content says", examples = "image/jpeg",
                enumeration = {"image/jpeg", "image/png", "image/webp", "image/gif"}) String contentType,
        @Schema(examples = "248311", minimum = "1", maximum = MAX_INT) int byteSize,
        @Schema(examples = "1600", minimum = "1", maximum = MAX_INT) int width,
        @Schema(examples = "900", minimum = "1", maximum = MAX_INT) int height,
        @Schema(description = "Lower-case hex SHA-256 of the bytes; the content's ETag",
                examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", pattern = "[0-9a-f]{64}")
        String sha256,
        @Schema(examples = "delegation-brovary.jpg", maxLength = 200) String fileName,
        @Schema(examples = "Die Delegation aus Brovary im Jenaer Rathaus", maxLength = MediaMetadataRequest.TEXT_MAX)
        String caption,
        @Schema(description = "Describes the image for people who cannot see it",
                examples = "Zehn Personen vor einem Feuerwehrfahrzeug", maxLength = MediaMetadataRequest.TEXT_MAX) String altText,
        @Schema(description = "Shown wherever the image is shown", examples = "Foto: Stadt Jena",
                maxLength = MediaMetadataRequest.CREDIT_MAX) String credit,
        @Schema(examples = "CC BY 4.0", maxLength = MediaMetadataRequest.LICENCE_MAX) String licence,
        @Schema(examples = "https://www.jena.de/presse", maxLength = MediaMetadataRequest.URL_MAX) String sourceUrl,
        @Schema(description = "Order within the item, from 0; the first image leads in feeds", examples = "0",
                minimum = "0", maximum = "" + MediaMetadataRequest.POSITION_MAX)
        int position,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    // Sizes and dimensions are limited by configuration (news.media.*), so the contract states the type's.
    static final String MAX_INT = "" + Integer.MAX_VALUE;
}
