package org.twintowns.news.item.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.news.item.NewsItem;
import org.twintowns.news.media.rest.MediaView;

/** A news item as clients see it; the limits are those the request records validate (and the columns hold). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NewsItem")
public record NewsItemView(
        @Schema(examples = "7c1e2d4a-5b6f-4a3e-9d8c-1f2e3d4c5b6a") UUID id,
        @Schema(examples = "jena-empfangt-delegation-aus-brovary", maxLength = 160) String slug,
        @Schema(examples = "Jena empfängt Delegation aus Brovary", maxLength = 300) String headline,
        @Schema(examples = "Vertreter der Partnerstadt besuchen Jena am 1. und 2. Dezember.", maxLength = 1000)
        String lead,
        @Schema(description = "Sanitized HTML",
                examples = "<p>Im Mittelpunkt stehen die medizinische Rehabilitation und die Feuerwehr.</p>",
                maxLength = 50_000) String body,
        @Schema(examples = "de", maxLength = 2) String language,
        @Schema(description = "A scheduled item whose embargo has passed shows as PUBLISHED", examples = "PUBLISHED")
        NewsItem.Status status,
        @Schema(description = "The embargo of a SCHEDULED item: when it becomes public; absent otherwise")
        OffsetDateTime publishAt,
        @Schema(description = "Since when the item is public; absent for drafts and embargoed items") OffsetDateTime publishedAt,
        @Schema(examples = "3f0c8a52-9a4e-4d0b-8f53-0d7a4b1f2c11") UUID issuerMunicipalityId,
        @Schema(examples = "Stadt Jena", maxLength = 300) String issuerName,
        PressContact pressContact,
        @Schema(maxItems = 20) List<@Size(max = 60) String> topics,
        @Schema(maxItems = 50) List<UUID> relatedMunicipalityIds,
        @Schema(maxItems = 50) List<UUID> relatedPartnershipIds,
        @Schema(maxItems = 50) List<UUID> relatedEventIds,
        @Schema(description = "The attached images in order, each with its caption, credit line and licence; at most "
                + "news.media.max-per-item (20 by default, the figure stated here)", maxItems = 20)
        List<MediaView> media,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
