package org.twintowns.news.item.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.news.item.NewsItem;
import org.twintowns.news.media.rest.MediaView;

/** The full editable content of an item at one version, as kept in its revision history. */
@Schema(name = "NewsItemSnapshot")
public record NewsItemSnapshot(
        long version,
        String slug,
        String headline,
        String lead,
        String body,
        String language,
        NewsItem.Status status,
        OffsetDateTime publishedAt,
        UUID issuerMunicipalityId,
        String issuerName,
        PressContact pressContact,
        List<String> topics,
        List<UUID> relatedMunicipalityIds,
        List<UUID> relatedPartnershipIds,
        List<UUID> relatedEventIds,
        @Schema(description = "The attached images' metadata at this version; null in revisions older than media")
        List<MediaView> media) {
}
