package org.twintowns.webhooks.delivery.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.webhooks.delivery.Delivery;

/** A delivery with its attempts: the delivery log's entry. */
@Schema(name = "WebhookDelivery", description = "One event sent to one subscription, with every attempt")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryView(
        @Schema(description = "Id of the delivery", examples = "0190f3c2-bbbb-7000-8000-000000000001") UUID id,
        @Schema(description = "The CloudEvent's id: the webhook-id header of every attempt and redelivery",
                examples = "5b0f8c1e-3c1a-4a55-9a34-6f5d2f0e9a11", maxLength = 255) String eventId,
        @Schema(description = "The CloudEvent's type", examples = "news.published", maxLength = 100) String eventType,
        @Schema(description = "The CloudEvent's subject: the id of the record that changed", maxLength = 255)
        String subject,
        @Schema(description = "PENDING while attempts go on; SUCCEEDED on a 2xx; FAILED when the retries ran out or "
                + "the receiver answered 410") Delivery.State state,
        @Schema(description = "Attempts so far", examples = "1", minimum = "0", maximum = "1000") int attempts,
        @Schema(description = "When the next attempt is due (PENDING only)") OffsetDateTime nextAttemptAt,
        @Schema(description = "When it was queued") OffsetDateTime createdAt,
        @Schema(description = "When it ended") OffsetDateTime finishedAt,
        @Schema(description = "The delivery this one sends again, for a redelivery") UUID redeliveryOf,
        @Schema(description = "Every attempt, oldest first", maxItems = 1000) List<AttemptView> attemptLog) {
}
