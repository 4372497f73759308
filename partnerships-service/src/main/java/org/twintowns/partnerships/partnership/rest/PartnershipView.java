package org.twintowns.partnerships.partnership.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.partnerships.partnership.LifecycleEvent;
import org.twintowns.partnerships.partnership.Partnership;
import org.twintowns.partnerships.partnership.PartnershipParticipant;

/** A partnership as the public sees it; its version travels in the ETag header. */
@Schema(name = "Partnership")
public record PartnershipView(
        @Schema(examples = "7d4b2c1e-5f3a-4e8b-9c6d-0a1b2c3d4e5f") UUID id,
        @Schema(examples = "SOLIDARITY") Partnership.Type type,
        @Schema(description = "Derived from the lifecycle history", examples = "ACTIVE") Partnership.Status status,
        @Schema(examples = "Solidarity partnership Jena–Brovary") String title,
        @Schema(examples = "2022-09-28") LocalDate establishedOn,
        @Schema(description = "True when only the year of establishedOn is known") boolean establishedYearOnly,
        List<Participant> participants,
        @Schema(description = "Sorted topic slugs") List<String> topics,
        List<Project> projects,
        @Schema(description = "Public contacts only; internal contacts are never shown") List<Contact> contacts,
        @Schema(description = "The history, oldest first") List<Event> lifecycle,
        String notes,
        @Schema(examples = "Stadt Jena press release") String sourceName,
        @Schema(examples = "https://www.jena.de/de/presse") String sourceUrl,
        @Schema(examples = "2024-01-15") LocalDate lastVerifiedOn,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** A participating municipality with what a reader needs to recognise it. */
    @Schema(name = "PartnershipParticipant")
    public record Participant(
            @Schema(examples = "2f1c6b9e-8d2a-4c55-9f0e-3b7d2a1c9e44") UUID municipalityId,
            @Schema(examples = "Jena") String name,
            @Schema(examples = "DE") String country,
            @Schema(examples = "DE-TH") String subdivision,
            @Schema(examples = "PARTNER") PartnershipParticipant.Role role) {
    }

    /** A project with its funding. */
    @Schema(name = "PartnershipProject")
    public record Project(
            @Schema(examples = "Wasserversorgung Jendouba") String title,
            String description,
            @Schema(examples = "Kommunale Zusammenarbeit Maghreb-Deutschland") String programme,
            @Schema(examples = "Engagement Global / SKEW") String funder,
            @Schema(examples = "50000.00") BigDecimal amount,
            @Schema(examples = "EUR") String currency,
            LocalDate startsOn,
            LocalDate endsOn) {
    }

    /** A public role mailbox. */
    @Schema(name = "PartnershipContact")
    public record Contact(
            @Schema(examples = "Partnership office") String role,
            @Schema(examples = "partnerschaften@jena.de") String email,
            @Schema(examples = "+49 3641 49-0") String phone,
            @Schema(examples = "https://www.jena.de/partnerstaedte") String url,
            UUID municipalityId) {
    }

    /** One step of the history. */
    @Schema(name = "PartnershipLifecycleEvent")
    public record Event(
            @Schema(examples = "ESTABLISHED") LifecycleEvent.Kind kind,
            @Schema(examples = "2022-09-28") LocalDate occurredOn,
            String reason,
            String note,
            @Schema(description = "When the event was entered into the registry") OffsetDateTime recordedAt) {
    }
}
