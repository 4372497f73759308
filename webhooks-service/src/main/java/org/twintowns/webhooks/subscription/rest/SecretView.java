package org.twintowns.webhooks.subscription.rest;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new signing secret, shown once. */
@Schema(name = "WebhookSecret", description = "The new signing secret, shown only in this answer")
public record SecretView(
        @Schema(description = "The new secret (Standard Webhooks: whsec_ and base64 of 32 bytes)",
                examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", maxLength = 100) String secret,
        @Schema(description = "Until when deliveries carry the previous secret's signature too")
        OffsetDateTime previousSecretExpiresAt) {
}
