package org.twintowns.news.item.rest;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of an item's revision history. */
@Schema(name = "NewsRevisionSummary")
public record RevisionSummaryView(
        @Schema(examples = "1") int number,
        @Schema(description = "Token subject of who made the change", examples = "editor@jena.de") String author,
        @Schema(description = "When the change was made") OffsetDateTime createdAt,
        @Schema(examples = "STATUS DRAFT->PUBLISHED") String change) {
}
