package org.twintowns.news.item.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.news.item.NewsItem;

/** A news item as clients see it. */
@Schema(name = "NewsItem")
public record NewsItemView(
        @Schema(examples = "7c1e2d4a-5b6f-4a3e-9d8c-1f2e3d4c5b6a") UUID id,
        @Schema(examples = "jena-empfangt-delegation-aus-brovary") String slug,
        @Schema(examples = "Jena empfängt Delegation aus Brovary") String headline,
        @Schema(examples = "Vertreter der Partnerstadt besuchen Jena am 1. und 2. Dezember.") String lead,
        @Schema(examples = "Im Mittelpunkt stehen die medizinische Rehabilitation und die Feuerwehr.") String body,
        @Schema(examples = "de") String language,
        @Schema(examples = "PUBLISHED") NewsItem.Status status,
        @Schema(description = "Since when the item is public; null for drafts") OffsetDateTime publishedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
