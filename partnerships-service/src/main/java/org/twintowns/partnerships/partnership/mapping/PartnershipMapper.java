package org.twintowns.partnerships.partnership.mapping;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.twintowns.partnerships.municipality.repository.ParticipantMunicipality;
import org.twintowns.partnerships.partnership.repository.PartnershipRow;
import org.twintowns.partnerships.partnership.Partnership;
import org.twintowns.partnerships.partnership.PartnershipContact;
import org.twintowns.partnerships.partnership.PartnershipParticipant;
import org.twintowns.partnerships.partnership.PartnershipProject;
import org.twintowns.partnerships.partnership.rest.ContactRequest;
import org.twintowns.partnerships.partnership.rest.ParticipantRequest;
import org.twintowns.partnerships.partnership.rest.PartnershipContent;
import org.twintowns.partnerships.partnership.rest.PartnershipUpdateRequest;
import org.twintowns.partnerships.partnership.rest.PartnershipView;
import org.twintowns.partnerships.partnership.rest.ProjectRequest;

/** Converts between the API records and the partnership aggregate; the only place that knows both. */
public final class PartnershipMapper {

    private PartnershipMapper() {
    }

    /**
     * Replaces everything but the history with what the client sent; omitted lists become empty.
     * A list is replaced only when its content differs: Hibernate raises the version for any
     * replaced collection, and a PUT of the same content must leave the version where it is.
     *
     * @param keptContacts stored contacts the client may not see, kept after the ones it sent
     */
    public static void applyContent(PartnershipContent content, Partnership target, List<PartnershipContact> keptContacts) {
        target.type = content.type();
        target.title = trimToNull(content.title());
        target.notes = trimToNull(content.notes());
        target.sourceName = content.sourceName().strip();
        target.sourceUrl = trimToNull(content.sourceUrl());
        target.lastVerifiedOn = content.lastVerifiedOn();
        List<PartnershipParticipant> participants = content.participants().stream()
                .map(p -> new PartnershipParticipant(p.municipalityId(), p.roleOrDefault()))
                .toList();
        if (!participantContent(participants).equals(participantContent(target.participants()))) {
            target.replaceParticipants(participants);
        }
        TreeSet<String> topics = new TreeSet<>(orEmpty(content.topics()));
        if (!List.copyOf(topics).equals(target.topics().stream().sorted().toList())) {
            target.replaceTopics(topics);
        }
        List<PartnershipProject> projects = orEmpty(content.projects()).stream().map(PartnershipMapper::toProject).toList();
        if (!projectContent(projects).equals(projectContent(target.projects()))) {
            target.replaceProjects(projects);
        }
        List<PartnershipContact> contacts = new ArrayList<>(
                orEmpty(content.contacts()).stream().map(PartnershipMapper::toContact).toList());
        contacts.addAll(keptContacts);
        if (!contactContent(contacts).equals(contactContent(target.contacts()))) {
            target.replaceContacts(contacts);
        }
    }

    /**
     * Everything a client can write of a partnership, internal contacts included, as a value that
     * compares by content: what {@code Changes.apply} looks at to decide whether the version moves.
     */
    public static PartnershipUpdateRequest toContent(Partnership p) {
        return new PartnershipUpdateRequest(p.type, p.title, participantContent(p.participants()),
                p.topics().stream().sorted().toList(), projectContent(p.projects()), contactContent(p.contacts()),
                p.notes, p.sourceName, p.sourceUrl, p.lastVerifiedOn);
    }

    private static List<ParticipantRequest> participantContent(List<PartnershipParticipant> participants) {
        return participants.stream().map(p -> new ParticipantRequest(p.municipalityId, p.role)).toList();
    }

    private static List<ProjectRequest> projectContent(List<PartnershipProject> projects) {
        return projects.stream().map(p -> new ProjectRequest(p.title, p.description, p.programme, p.funder,
                p.amount, p.currency, p.startsOn, p.endsOn)).toList();
    }

    private static List<ContactRequest> contactContent(List<PartnershipContact> contacts) {
        return contacts.stream().map(c -> new ContactRequest(c.role, c.email, c.phone, c.url, c.municipalityId,
                c.internal)).toList();
    }

    /**
     * A partnership as this reader may see it.
     *
     * @param municipalities at least the participants, for their names and places
     * @param displayNames   the participants' names in the reader's languages, where they have one
     * @param withInternal   whether the reader may see internal contacts (see {@code PartnershipService})
     */
    public static PartnershipView toView(Partnership p, Map<UUID, ParticipantMunicipality> municipalities,
            Map<UUID, String> displayNames, boolean withInternal) {
        return toView(PartnershipRow.of(p, municipalities), displayNames, withInternal);
    }

    /** A partnership as this reader may see it, from the row a read reads or an entity makes. */
    public static PartnershipView toView(PartnershipRow p, Map<UUID, String> displayNames, boolean withInternal) {
        return new PartnershipView(p.id(), p.type(), p.status(), p.title(), p.establishedOn(), p.establishedYearOnly(),
                p.participants().stream().map(pp -> toView(pp, displayNames)).toList(),
                p.topics(),
                p.projects().stream().map(PartnershipMapper::toView).toList(),
                p.contacts().stream().filter(c -> withInternal || !c.internal).map(PartnershipMapper::toView).toList(),
                p.lifecycle().stream().map(PartnershipMapper::toView).toList(),
                p.notes(), p.sourceName(), p.sourceUrl(), p.lastVerifiedOn(), p.createdAt(), p.updatedAt());
    }

    private static PartnershipView.Participant toView(PartnershipRow.Participant participant,
            Map<UUID, String> displayNames) {
        // A read always has the municipality (the foreign key guarantees it exists); the null guard only keeps
        // a representation from failing if an entity's row was made without it.
        ParticipantMunicipality m = participant.municipality();
        return new PartnershipView.Participant(participant.municipalityId(), m == null ? null : m.name(),
                m == null ? null : displayNames.getOrDefault(m.id(), m.name()),
                m == null ? null : m.countryCode(), m == null ? null : m.subdivision(), participant.role());
    }

    private static PartnershipView.Project toView(PartnershipProject project) {
        return new PartnershipView.Project(project.title, project.description, project.programme, project.funder,
                project.amount, project.currency, project.startsOn, project.endsOn);
    }

    private static PartnershipView.Contact toView(PartnershipContact contact) {
        return new PartnershipView.Contact(contact.role, contact.email, contact.phone, contact.url,
                contact.municipalityId, contact.internal ? Boolean.TRUE : null);
    }

    private static PartnershipView.Event toView(PartnershipRow.Event event) {
        return new PartnershipView.Event(event.kind(), event.occurredOn(), event.reason(), event.note(),
                event.recordedAt());
    }

    private static PartnershipProject toProject(ProjectRequest request) {
        PartnershipProject project = new PartnershipProject();
        project.title = request.title().strip();
        project.description = trimToNull(request.description());
        project.programme = trimToNull(request.programme());
        project.funder = trimToNull(request.funder());
        // The column keeps two decimals; the answer to a write should read like every later read.
        project.amount = request.amount() == null ? null : request.amount().setScale(2, RoundingMode.UNNECESSARY);
        project.currency = request.currency();
        project.startsOn = request.startsOn();
        project.endsOn = request.endsOn();
        return project;
    }

    private static PartnershipContact toContact(ContactRequest request) {
        PartnershipContact contact = new PartnershipContact();
        contact.role = request.role().strip();
        contact.email = trimToNull(request.email());
        contact.phone = trimToNull(request.phone());
        contact.url = trimToNull(request.url());
        contact.municipalityId = request.municipalityId();
        contact.internal = request.isInternal();
        return contact;
    }

    /** Blank optional text is no text. */
    public static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
