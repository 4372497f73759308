package org.twintowns.news.search;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One search result: the item's summary with the matching words highlighted. */
@Schema(name = "NewsSearchHit")
public record NewsSearchHit(
        UUID id,
        @Schema(examples = "jena-empfangt-delegation-aus-brovary") String slug,
        @Schema(examples = "Jena empfängt Delegation aus Brovary") String headline,
        @Schema(description = "The headline as HTML: escaped text, matches in <mark>",
                examples = "Jena empfängt Delegation aus <mark>Brovary</mark>") String headlineHtml,
        String lead,
        @Schema(description = "Passages of the body as HTML: escaped text, matches in <mark>",
                examples = "… die Delegation aus <mark>Brovary</mark> besuchte am 1. und 2. Dezember …") String snippetHtml,
        @Schema(examples = "de") String language,
        OffsetDateTime publishedAt,
        UUID issuerMunicipalityId,
        String issuerName,
        List<String> topics,
        @Schema(description = "ts_rank_cd relevance; higher is better", examples = "0.4") double rank) {
}
