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

/** What a client sends to register a partnership, with its history so far. */
@Schema(name = "PartnershipRequest")
@CheckedBy(PartnershipRules.ForCreate.class)
public record PartnershipRequest(
        @Schema(examples = "SOLIDARITY")
        @NotNull
        Partnership.Type type,

        @Schema(examples = "Solidarity partnership Jena–Brovary")
        @Size(max = 200)
        String title,

        @Schema(description = "2 to 20 municipalities, each at most once")
        @NotNull @Size(min = 2, max = 20)
        List<@NotNull @Valid ParticipantRequest> participants,

        @Schema(description = "Founding date; January 1 with establishedYearOnly when only the year is known",
                examples = "2022-09-28")
        LocalDate establishedOn,

        @Schema(description = "True when the source gives only the year of establishedOn", defaultValue = "false")
        Boolean establishedYearOnly,

        @Schema(description = "Lowercase slugs such as rehabilitation or fire-services; at most 30")
        @Size(max = 30)
        List<@NotNull @Size(max = 40) @Pattern(regexp = Slugs.PATTERN,
                message = "must be lowercase letters and digits separated by single hyphens") String> topics,

        @Size(max = 50)
        List<@NotNull @Valid ProjectRequest> projects,

        @Size(max = 20)
        List<@NotNull @Valid ContactRequest> contacts,

        @Schema(examples = "A three-way cooperation Brovary–Boryspil–Jena is planned.")
        @Size(max = 4000)
        String notes,

        @Schema(description = "Where the record comes from", examples = "Stadt Jena press release")
        @NotBlank @Size(max = 200)
        String sourceName,

        @Schema(examples = "https://www.jena.de/de/presse")
        @Size(max = 500) @HttpUrl
        String sourceUrl,

        @Schema(description = "When someone last checked the record against the source", examples = "2024-01-15")
        LocalDate lastVerifiedOn,

        @Schema(description = "The history so far, oldest first; when omitted, an ESTABLISHED event on "
                + "establishedOn is recorded, or, without establishedOn, the partnership is recorded as ACTIVE "
                + "with an unknown history")
        @Size(max = 50)
        List<@NotNull @Valid LifecycleEventRequest> lifecycle) implements PartnershipContent {

    public boolean yearOnly() {
        return Boolean.TRUE.equals(establishedYearOnly);
    }
}
