package org.twintowns.partnerships.partnership.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.twintowns.partnerships.municipality.repository.ParticipantMunicipality;
import org.twintowns.partnerships.partnership.LifecycleEvent;
import org.twintowns.partnerships.partnership.Partnership;
import org.twintowns.partnerships.partnership.PartnershipContact;
import org.twintowns.partnerships.partnership.PartnershipParticipant;
import org.twintowns.partnerships.partnership.PartnershipProject;

/**
 * A partnership as a read sees it (a list, a GET by id): its columns, its version and its five collections, each in the order the entity
 * keeps it (participants, projects, contacts and history by position; topics sorted, as every view shows
 * them), each participant with what the partnership shows of its municipality. A value, not a managed entity:
 * nothing to track, flush or load lazily. The embeddables in it are fresh copies that no session knows.
 */
public record PartnershipRow(
        UUID id,
        Partnership.Type type,
        Partnership.Status status,
        String title,
        LocalDate establishedOn,
        boolean establishedYearOnly,
        List<Participant> participants,
        List<String> topics,
        List<PartnershipProject> projects,
        List<PartnershipContact> contacts,
        List<Event> lifecycle,
        String notes,
        String sourceName,
        String sourceUrl,
        LocalDate lastVerifiedOn,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {

    /**
     * A participant and what the partnership shows of its municipality (its name and place), which a read takes from
     * the participant's own row (V18); null only where a row made from an entity was not given its municipality.
     */
    public record Participant(UUID municipalityId, PartnershipParticipant.Role role, ParticipantMunicipality municipality) {
    }

    /** One step of the history. */
    public record Event(LifecycleEvent.Kind kind, LocalDate occurredOn, String reason, String note,
            OffsetDateTime recordedAt) {
    }

    /**
     * The row of an entity read whole (writes, the change feed), its participants shown as {@code municipalities}
     * (at least the participants) show them, so that one mapping makes every view of a partnership.
     */
    public static PartnershipRow of(Partnership p, Map<UUID, ParticipantMunicipality> municipalities) {
        return new PartnershipRow(p.id, p.type, p.status(), p.title, p.establishedOn, p.establishedYearOnly,
                p.participants().stream().map(pp -> new Participant(pp.municipalityId, pp.role,
                        municipalities.get(pp.municipalityId))).toList(),
                p.topics().stream().sorted().toList(), p.projects(), p.contacts(),
                p.lifecycle().stream().map(e -> new Event(e.kind, e.occurredOn, e.reason, e.note, e.recordedAt))
                        .toList(),
                p.notes, p.sourceName, p.sourceUrl, p.lastVerifiedOn, p.createdAt, p.updatedAt, p.version);
    }

    /** This row with these collections. */
    public PartnershipRow withCollections(List<Participant> participants, List<String> topics,
            List<PartnershipProject> projects, List<PartnershipContact> contacts, List<Event> lifecycle) {
        return new PartnershipRow(id, type, status, title, establishedOn, establishedYearOnly, participants, topics,
                projects, contacts, lifecycle, notes, sourceName, sourceUrl, lastVerifiedOn, createdAt, updatedAt,
                version);
    }

    /** The participants' municipality ids, in the participants' order. */
    public List<UUID> participantIds() {
        return participants.stream().map(Participant::municipalityId).toList();
    }
}
