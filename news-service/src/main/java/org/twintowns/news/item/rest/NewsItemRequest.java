package org.twintowns.news.item.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.commons.text.Slugs;
import org.twintowns.news.item.NewsItem;

/** What a client sends to write a news item. */
@Schema(name = "NewsItemRequest")
public record NewsItemRequest(
        @Schema(description = "Headline in the item's language", examples = "Jena empfängt Delegation aus Brovary")
        @NotBlank @Size(max = 300)
        String headline,

        @Schema(description = "URL-safe identifier; derived from the headline when omitted",
                examples = "jena-empfangt-delegation-aus-brovary")
        @Size(max = 160) @Pattern(regexp = Slugs.PATTERN,
                message = "must be lowercase letters and digits separated by single hyphens")
        String slug,

        @Schema(description = "Short summary shown in lists and feeds",
                examples = "Vertreter der Partnerstadt besuchen Jena am 1. und 2. Dezember.")
        @Size(max = 1000)
        String lead,

        @Schema(description = "Full text of the item",
                examples = "Im Mittelpunkt stehen die medizinische Rehabilitation und die Feuerwehr.")
        @NotBlank @Size(max = 50_000)
        String body,

        @Schema(description = "ISO 639-1 language code of the text", examples = "de")
        @NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as de")
        String language,

        @Schema(description = "DRAFT (the default; not public) or PUBLISHED (public at once)",
                examples = "PUBLISHED", enumeration = {"DRAFT", "PUBLISHED"})
        NewsItem.Status status) {
}
