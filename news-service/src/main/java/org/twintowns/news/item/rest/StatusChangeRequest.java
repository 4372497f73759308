package org.twintowns.news.item.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.news.item.NewsItem;

/** Moves a news item to another status of the workflow. */
@Schema(name = "NewsStatusChange")
public record StatusChangeRequest(
        @Schema(description = "DRAFT → SCHEDULED or PUBLISHED; SCHEDULED → DRAFT, PUBLISHED or WITHDRAWN; "
                + "PUBLISHED → WITHDRAWN; WITHDRAWN → DRAFT", examples = "SCHEDULED")
        @NotNull
        NewsItem.Status status,
        // A string, not a date-time: a wrong format must answer 400 naming this field, not "malformed body".
        @Schema(description = "Required for SCHEDULED: when the item becomes public, ISO 8601 with offset, in the future",
                format = "date-time", examples = "2030-12-01T09:00:00+01:00")
        @Size(max = 64)
        String publishAt) {
}
