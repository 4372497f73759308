package org.twintowns.webhooks.delivery.rest;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Redeliver everything since a point in time. */
@Schema(name = "WebhookRedeliveryRequest", description = "Which deliveries to send again")
public record RedeliveryRequest(
        @Schema(description = "Every event queued for the subscription at or after this time is sent again, once "
                + "each, in feed order", examples = "2026-12-04T08:00:00Z", required = true)
        @NotNull OffsetDateTime since) {
}
