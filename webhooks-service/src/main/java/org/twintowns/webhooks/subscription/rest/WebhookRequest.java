package org.twintowns.webhooks.subscription.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as a client registers or replaces it. */
@Schema(name = "WebhookRequest", description = "Where to send which changes")
public record WebhookRequest(
        @Schema(description = "Where deliveries are POSTed: an https URL of a public host (docs/webhooks.md)",
                examples = "https://www.stadt-beispiel.de/hooks/twintowns", maxLength = 2000, required = true)
        @NotBlank @Size(max = 2000) String url,
        @Schema(description = "Event types wanted: a type, all of one kind (news.*) or * for all",
                examples = "[\"news.*\", \"partnership.created\"]", maxItems = 50, required = true)
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> types,
        @Schema(description = "Only changes concerning one of these municipalities; editors must name municipalities "
                + "they act for. Empty: every municipality (admins only)", maxItems = 100)
        @Size(max = 100) List<UUID> municipalities,
        @Schema(description = "Only changes concerning municipalities in one of these countries (ISO 3166-1 alpha-2)",
                examples = "[\"DE\", \"FR\"]", maxItems = 250)
        @Size(max = 250) List<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as DE")
                @Size(max = 2) String> countries,
        @Schema(description = "What the subscription is for", examples = "Website of the partnership office", maxLength = 500)
        @Size(max = 500) String description) {
}
