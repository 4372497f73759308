package org.twintowns.news.item.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of an item's revision history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NewsRevisionSummary")
public record RevisionSummaryView(
        @Schema(examples = "1", minimum = "1", maximum = "" + Integer.MAX_VALUE) int number,
        @Schema(description = "Token subject of who made the change", examples = "editor@jena.de", maxLength = 200)
        String author,
        @Schema(description = "When the change was made") OffsetDateTime createdAt,
        @Schema(examples = "STATUS DRAFT->PUBLISHED", maxLength = 100) String change) {
}
