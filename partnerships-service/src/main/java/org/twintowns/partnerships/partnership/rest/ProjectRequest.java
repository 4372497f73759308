package org.twintowns.partnerships.partnership.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project within a partnership, with its funding. */
@Schema(name = "ProjectRequest")
public record ProjectRequest(
        @Schema(examples = "Wasserversorgung Jendouba")
        @NotBlank @Size(max = 300)
        String title,

        @Schema(examples = "Joint planning of the drinking water network")
        @Size(max = 4000)
        String description,

        @Schema(description = "Funding programme", examples = "Kommunale Zusammenarbeit Maghreb-Deutschland")
        @Size(max = 300)
        String programme,

        @Schema(examples = "Engagement Global / SKEW")
        @Size(max = 300)
        String funder,

        @Schema(description = "Funding amount, at most two decimals; requires currency", examples = "50000.00")
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 13, fraction = 2, message = "must have at most 13 digits and 2 decimals")
        BigDecimal amount,

        @Schema(description = "ISO 4217 currency of amount", examples = "EUR", maxLength = 3)
        @CurrencyCode
        String currency,

        @Schema(examples = "2021-01-01")
        LocalDate startsOn,

        @Schema(description = "Not before startsOn", examples = "2023-12-31")
        LocalDate endsOn) {
}
