package org.twintowns.webhooks.delivery.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many deliveries a redelivery queued. */
@Schema(name = "WebhookRedeliveries", description = "The deliveries queued again")
public record RedeliveriesView(
        @Schema(description = "How many events were queued again", examples = "12", minimum = "0", maximum = "10000")
        int queued) {
}
