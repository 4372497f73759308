package org.twintowns.news.item.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.news.item.NewsItem;
import org.twintowns.news.media.rest.MediaView;

/** A news item as clients see it. */
@Schema(name = "NewsItem")
public record NewsItemView(
        @Schema(examples = "7c1e2d4a-5b6f-4a3e-9d8c-1f2e3d4c5b6a") UUID id,
        @Schema(examples = "jena-empfangt-delegation-aus-brovary") String slug,
        @Schema(examples = "Jena empfängt Delegation aus Brovary") String headline,
        @Schema(examples = "Vertreter der Partnerstadt besuchen Jena am 1. und 2. Dezember.") String lead,
        @Schema(description = "Sanitized HTML",
                examples = "<p>Im Mittelpunkt stehen die medizinische Rehabilitation und die Feuerwehr.</p>") String body,
        @Schema(examples = "de") String language,
        @Schema(description = "A scheduled item whose embargo has passed shows as PUBLISHED", examples = "PUBLISHED")
        NewsItem.Status status,
        @Schema(description = "The embargo of a SCHEDULED item: when it becomes public; null otherwise")
        OffsetDateTime publishAt,
        @Schema(description = "Since when the item is public; null for drafts and embargoed items") OffsetDateTime publishedAt,
        @Schema(examples = "3f0c8a52-9a4e-4d0b-8f53-0d7a4b1f2c11") UUID issuerMunicipalityId,
        @Schema(examples = "Stadt Jena") String issuerName,
        PressContact pressContact,
        List<String> topics,
        List<UUID> relatedMunicipalityIds,
        List<UUID> relatedPartnershipIds,
        List<UUID> relatedEventIds,
        @Schema(description = "The attached images in order, each with its caption, credit line and licence")
        List<MediaView> media,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
