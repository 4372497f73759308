package org.twintowns.partnerships.partnership.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.partnerships.partnership.LifecycleEvent;
import org.twintowns.partnerships.partnership.Partnership;
import org.twintowns.partnerships.partnership.PartnershipParticipant;

/**
 * A partnership as the public sees it; its version travels in the ETag header. The limits are the
 * columns' (V3__partnership.sql), which the request records validate against.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Partnership")
public record PartnershipView(
        @Schema(examples = "7d4b2c1e-5f3a-4e8b-9c6d-0a1b2c3d4e5f") UUID id,
        @Schema(examples = "SOLIDARITY") Partnership.Type type,
        @Schema(description = "Derived from the lifecycle history", examples = "ACTIVE") Partnership.Status status,
        @Schema(examples = "Solidarity partnership Jena–Brovary", maxLength = 200) String title,
        @Schema(examples = "2022-09-28") LocalDate establishedOn,
        @Schema(description = "True when only the year of establishedOn is known") boolean establishedYearOnly,
        @Schema(maxItems = 20) List<Participant> participants,
        @Schema(description = "Sorted topic slugs", maxItems = 30) List<@Size(max = 40) String> topics,
        @Schema(maxItems = 50) List<Project> projects,
        @Schema(description = "Public contacts; internal ones too (marked internal) for admins and for editors "
                + "acting for a participant, who may change them", maxItems = 20)
        List<Contact> contacts,
        @Schema(description = "The history, oldest first") List<Event> lifecycle,
        @Schema(maxLength = 4000) String notes,
        @Schema(examples = "Stadt Jena press release", maxLength = 200) String sourceName,
        @Schema(examples = "https://www.jena.de/de/presse", maxLength = 500) String sourceUrl,
        @Schema(examples = "2024-01-15") LocalDate lastVerifiedOn,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** A participating municipality with what a reader needs to recognise it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PartnershipParticipant")
    public record Participant(
            @Schema(examples = "2f1c6b9e-8d2a-4c55-9f0e-3b7d2a1c9e44") UUID municipalityId,
            @Schema(description = "Official name in the original language and script", examples = "Бровари",
                    maxLength = 200) String name,
            @Schema(description = "The name in the language picked by lang or Accept-Language, as the "
                    + "municipality's own displayName; the official name when it has none in that language",
                    examples = "Browary", maxLength = 200) String displayName,
            @Schema(examples = "UA", maxLength = 2) String country,
            @Schema(examples = "DE-TH", maxLength = 6) String subdivision,
            @Schema(examples = "PARTNER") PartnershipParticipant.Role role) {
    }

    /** A project with its funding. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PartnershipProject")
    public record Project(
            @Schema(examples = "Wasserversorgung Jendouba", maxLength = 300) String title,
            @Schema(maxLength = 4000) String description,
            @Schema(examples = "Kommunale Zusammenarbeit Maghreb-Deutschland", maxLength = 300) String programme,
            @Schema(examples = "Engagement Global / SKEW", maxLength = 300) String funder,
            @Schema(examples = "50000.00") BigDecimal amount,
            @Schema(examples = "EUR", maxLength = 3) String currency,
            LocalDate startsOn,
            LocalDate endsOn) {
    }

    /** A role mailbox; internal ones only for those who may see them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PartnershipContact")
    public record Contact(
            @Schema(examples = "Partnership office", maxLength = 200) String role,
            @Schema(examples = "partnerschaften@jena.de", maxLength = 320) String email,
            @Schema(examples = "+49 3641 49-0", maxLength = 50) String phone,
            @Schema(examples = "https://www.jena.de/partnerstaedte", maxLength = 500) String url,
            UUID municipalityId,
            @Schema(description = "True for an internal contact; shown only to those who may see internal contacts")
            Boolean internal) {
    }

    /** One step of the history. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PartnershipLifecycleEvent")
    public record Event(
            @Schema(examples = "ESTABLISHED") LifecycleEvent.Kind kind,
            @Schema(examples = "2022-09-28") LocalDate occurredOn,
            @Schema(maxLength = 1000) String reason,
            @Schema(maxLength = 1000) String note,
            @Schema(description = "When the event was entered into the registry") OffsetDateTime recordedAt) {
    }
}
