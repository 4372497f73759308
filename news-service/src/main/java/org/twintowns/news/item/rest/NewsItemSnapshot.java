package org.twintowns.news.item.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.news.item.NewsItem;
import org.twintowns.news.media.rest.MediaView;

/** The full editable content of an item at one version, as kept in its revision history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NewsItemSnapshot")
public record NewsItemSnapshot(
        @Schema(minimum = "0", maximum = "" + Long.MAX_VALUE) long version,
        @Schema(maxLength = 160) String slug,
        @Schema(maxLength = 300) String headline,
        @Schema(maxLength = 1000) String lead,
        @Schema(maxLength = 50_000) String body,
        @Schema(maxLength = 2) String language,
        NewsItem.Status status,
        OffsetDateTime publishedAt,
        UUID issuerMunicipalityId,
        @Schema(maxLength = 300) String issuerName,
        PressContact pressContact,
        @Schema(maxItems = 20) List<@Size(max = 60) String> topics,
        @Schema(maxItems = 50) List<UUID> relatedMunicipalityIds,
        @Schema(maxItems = 50) List<UUID> relatedPartnershipIds,
        @Schema(maxItems = 50) List<UUID> relatedEventIds,
        @Schema(description = "The attached images' metadata at this version; absent in revisions older than media",
                maxItems = 20)
        List<MediaView> media) {
}
