package org.twintowns.partnerships.partnership.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.commons.text.Slugs;
import org.twintowns.partnerships.partnership.Partnership;
import org.twintowns.commons.validation.CheckedBy;
import org.twintowns.partnerships.partnership.service.PartnershipRules;

/**
 * The full new state of a partnership, history excepted: every field is replaced, and an omitted
 * list means an empty one. The lifecycle (and with it establishedOn) changes only by appending events.
 */
@Schema(name = "PartnershipUpdateRequest")
@CheckedBy(PartnershipRules.ForUpdate.class)
public record PartnershipUpdateRequest(
        @Schema(examples = "COOPERATION")
        @NotNull
        Partnership.Type type,

        @Schema(examples = "Three-way cooperation Brovary–Boryspil–Jena")
        @Size(max = 200)
        String title,

        @Schema(description = "2 to 20 municipalities, each at most once")
        @NotNull @Size(min = 2, max = 20)
        List<@NotNull @Valid ParticipantRequest> participants,

        @Schema(description = "Lowercase slugs such as rehabilitation or fire-services; at most 30")
        @Size(max = 30)
        List<@NotNull @Size(max = 40) @Pattern(regexp = Slugs.PATTERN,
                message = "must be lowercase letters and digits separated by single hyphens") String> topics,

        @Size(max = 50)
        List<@NotNull @Valid ProjectRequest> projects,

        @Schema(description = "All contacts. Admins and editors acting for a participant see internal ones with "
                + "GET and replace them like the others; a caller who may not see them keeps the stored ones and "
                + "may not send any")
        @Size(max = 20)
        List<@NotNull @Valid ContactRequest> contacts,

        @Size(max = 4000)
        String notes,

        @Schema(examples = "Stadt Jena press release")
        @NotBlank @Size(max = 200)
        String sourceName,

        @Size(max = 500) @HttpUrl
        String sourceUrl,

        @Schema(examples = "2024-01-15")
        LocalDate lastVerifiedOn) implements PartnershipContent {
}
