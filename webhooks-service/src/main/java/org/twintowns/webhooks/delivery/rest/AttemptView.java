package org.twintowns.webhooks.delivery.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attempt of a delivery, as the delivery log shows it. */
@Schema(name = "WebhookAttempt", description = "One attempt to send a delivery")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttemptView(
        @Schema(description = "When the request was sent") OffsetDateTime attemptedAt,
        @Schema(description = "The receiver's status code; absent when none came", examples = "200", minimum = "100",
                maximum = "599") Integer statusCode,
        @Schema(description = "What went wrong when no status code came (timeout, refused connection, SSRF refusal)",
                examples = "no answer within 15000 ms", maxLength = 500) String error,
        @Schema(description = "How long the attempt took, in milliseconds", examples = "87", minimum = "0",
                maximum = "2147483647") int durationMs) {
}
