package org.twintowns.news.item.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision with the full content the item had before the change. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NewsRevision")
public record RevisionView(
        @Schema(examples = "1", minimum = "1", maximum = "" + Integer.MAX_VALUE) int number,
        @Schema(examples = "editor@jena.de", maxLength = 200) String author,
        OffsetDateTime createdAt,
        @Schema(examples = "UPDATED", maxLength = 100) String change,
        @Schema(description = "The content before this change") NewsItemSnapshot previous) {
}
