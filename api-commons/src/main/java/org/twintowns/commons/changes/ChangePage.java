package org.twintowns.commons.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a change feed answers (documentation of the JSON the feed writes). */
@Schema(name = "ChangePage", description = "Events after the cursor, oldest first, and the cursor to continue from")
public record ChangePage(
        @Schema(description = "The events, in the order they were committed", maxItems = FeedQuery.MAX_SIZE)
        List<ChangeEventSchema> events,
        @Schema(description = "Pass it as `after` to continue, also when `events` is empty", examples = "1042",
                pattern = "^[0-9]{1,19}$", maxLength = 19)
        String next) {
}
