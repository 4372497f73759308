package org.twintowns.commons.changes;

import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event of a change feed: a CloudEvents 1.0 event in the JSON format (documentation only). */
@Schema(name = "ChangeEvent", description = "A CloudEvents 1.0 event (JSON event format). Events about one "
        + "subject come in the order they happened; `id` is unique, so a receiver can drop a repeat.")
public record ChangeEventSchema(
        @Schema(description = "CloudEvents version", examples = "1.0", enumeration = "1.0", maxLength = 3)
        String specversion,
        @Schema(description = "Unique id of the event", examples = "5b0c4a38-8f0e-4a55-9a49-1ea7f0f2c6e1",
                format = "uuid", maxLength = 36)
        String id,
        @Schema(description = "The collection of the resource", examples = "/api/v1/municipalities", maxLength = 100)
        String source,
        @Schema(description = "What happened", examples = "municipality.updated", maxLength = FeedQuery.MAX_TYPE_LENGTH)
        String type,
        @Schema(description = "The id of the resource; source and subject give its path", format = "uuid",
                examples = "0d6a3c4e-3f0a-4c2b-9f43-8c1f1f9a0b11", maxLength = 36)
        String subject,
        @Schema(description = "When the change happened") OffsetDateTime time,
        @Schema(description = "Always application/json", examples = "application/json", maxLength = 16)
        String datacontenttype,
        @Schema(description = "Position in the feed (CloudEvents sequence extension): 19 digits, so that comparing "
                + "the strings orders the events; usable as `after`", examples = "0000000000000001042",
                pattern = "^[0-9]{19}$", maxLength = 19)
        String sequence,
        @Schema(description = "Ids of the municipalities the change concerns, space-separated (absent when none)",
                examples = "0d6a3c4e-3f0a-4c2b-9f43-8c1f1f9a0b11", maxLength = 37_000)
        String municipalities,
        @Schema(description = "ISO 3166-1 alpha-2 codes of their countries, space-separated (absent when none)",
                examples = "DE FR", maxLength = 1000)
        String countries,
        @Schema(description = "The resource as any anonymous reader sees it after the change (for a withdrawn or "
                + "merged resource, what remains public of it)")
        Map<String, Object> data) {
}
