package org.twintowns.news.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One search result: the item's summary with the matching words highlighted. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NewsSearchHit")
public record NewsSearchHit(
        UUID id,
        @Schema(examples = "jena-empfangt-delegation-aus-brovary", maxLength = 160) String slug,
        @Schema(examples = "Jena empfängt Delegation aus Brovary", maxLength = 300) String headline,
        @Schema(description = "The headline as HTML: escaped text, matches in <mark>",
                examples = "Jena empfängt Delegation aus <mark>Brovary</mark>") String headlineHtml,
        @Schema(maxLength = 1000) String lead,
        @Schema(description = "Passages of the body as HTML: escaped text, matches in <mark>",
                examples = "… die Delegation aus <mark>Brovary</mark> besuchte am 1. und 2. Dezember …") String snippetHtml,
        @Schema(examples = "de", maxLength = 2) String language,
        OffsetDateTime publishedAt,
        UUID issuerMunicipalityId,
        @Schema(maxLength = 300) String issuerName,
        @Schema(maxItems = 20) List<@Size(max = 60) String> topics,
        @Schema(description = "Relevance (PostgreSQL ts_rank: how often the words occur, headline counting most, then lead, then body); higher is better", examples = "0.4") double rank) {
}
