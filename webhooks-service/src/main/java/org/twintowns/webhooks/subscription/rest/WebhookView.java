package org.twintowns.webhooks.subscription.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.webhooks.subscription.Subscription;

/** A subscription as its owner reads it; the secret only in the answer that created it. */
@Schema(name = "Webhook", description = "A webhook subscription")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(
        @Schema(description = "Id of the subscription", examples = "0190f3c2-aaaa-7000-8000-000000000001") UUID id,
        @Schema(description = "Where deliveries are POSTed", examples = "https://www.stadt-beispiel.de/hooks/twintowns",
                maxLength = 2000) String url,
        @Schema(description = "Event type patterns", maxItems = 50) List<@Size(max = 100) String> types,
        @Schema(description = "Municipality filter; empty for all", maxItems = 100) List<UUID> municipalities,
        @Schema(description = "Country filter; empty for all", maxItems = 250) List<@Size(max = 2) String> countries,
        @Schema(description = "What the subscription is for", maxLength = 500) String description,
        @Schema(description = "ACTIVE gets deliveries; DISABLED after failing for over a day or a 410 answer")
        Subscription.State state,
        @Schema(description = "Why it was disabled", maxLength = 500) String disabledReason,
        @Schema(description = "When it was disabled") OffsetDateTime disabledAt,
        @Schema(description = "Until when the previous secret's signature is sent too, after a rotation")
        OffsetDateTime previousSecretExpiresAt,
        @Schema(description = "Who registered it (token subject)", maxLength = 255) String owner,
        @Schema(description = "When it was registered") OffsetDateTime createdAt,
        @Schema(description = "When it last changed") OffsetDateTime updatedAt,
        @Schema(description = "The signing secret: only in the answer to the create, never again",
                examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", maxLength = 100)
        String secret) {
}
