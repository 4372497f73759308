package org.twintowns.partnerships.partnership.mapping;

import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.partnership.LifecycleEvent;
import org.twintowns.partnerships.partnership.Partnership;
import org.twintowns.partnerships.partnership.PartnershipContact;
import org.twintowns.partnerships.partnership.PartnershipParticipant;
import org.twintowns.partnerships.partnership.PartnershipProject;
import org.twintowns.partnerships.partnership.rest.ContactRequest;
import org.twintowns.partnerships.partnership.rest.PartnershipContent;
import org.twintowns.partnerships.partnership.rest.PartnershipView;
import org.twintowns.partnerships.partnership.rest.ProjectRequest;

/** Converts between the API records and the partnership aggregate; the only place that knows both. */
public final class PartnershipMapper {

    private PartnershipMapper() {
    }

    /** Replaces everything but the history with what the client sent; omitted lists become empty. */
    public static void applyContent(PartnershipContent content, Partnership target) {
        target.type = content.type();
        target.title = trimToNull(content.title());
        target.notes = trimToNull(content.notes());
        target.sourceName = content.sourceName().strip();
        target.sourceUrl = trimToNull(content.sourceUrl());
        target.lastVerifiedOn = content.lastVerifiedOn();
        target.replaceParticipants(content.participants().stream()
                .map(p -> new PartnershipParticipant(p.municipalityId(), p.roleOrDefault()))
                .toList());
        target.replaceTopics(new TreeSet<>(orEmpty(content.topics())));
        target.replaceProjects(orEmpty(content.projects()).stream().map(PartnershipMapper::toProject).toList());
        target.replaceContacts(orEmpty(content.contacts()).stream().map(PartnershipMapper::toContact).toList());
    }

    /**
     * The public representation. {@code municipalities} holds at least the participants, for their
     * names; internal contacts are left out.
     */
    public static PartnershipView toView(Partnership p, Map<UUID, Municipality> municipalities) {
        return new PartnershipView(p.id, p.type, p.status(), p.title, p.establishedOn, p.establishedYearOnly,
                p.participants().stream().map(pp -> toView(pp, municipalities.get(pp.municipalityId))).toList(),
                p.topics().stream().sorted().toList(),
                p.projects().stream().map(PartnershipMapper::toView).toList(),
                p.contacts().stream().filter(c -> !c.internal).map(PartnershipMapper::toView).toList(),
                p.lifecycle().stream().map(PartnershipMapper::toView).toList(),
                p.notes, p.sourceName, p.sourceUrl, p.lastVerifiedOn, p.createdAt, p.updatedAt);
    }

    private static PartnershipView.Participant toView(PartnershipParticipant participant, Municipality m) {
        // The foreign key guarantees the municipality exists; the null guard only keeps a
        // representation from failing if it was loaded incompletely.
        return new PartnershipView.Participant(participant.municipalityId, m == null ? null : m.name,
                m == null ? null : m.countryCode, m == null ? null : m.subdivision, participant.role);
    }

    private static PartnershipView.Project toView(PartnershipProject project) {
        return new PartnershipView.Project(project.title, project.description, project.programme, project.funder,
                project.amount, project.currency, project.startsOn, project.endsOn);
    }

    private static PartnershipView.Contact toView(PartnershipContact contact) {
        return new PartnershipView.Contact(contact.role, contact.email, contact.phone, contact.url,
                contact.municipalityId);
    }

    private static PartnershipView.Event toView(LifecycleEvent event) {
        return new PartnershipView.Event(event.kind, event.occurredOn, event.reason, event.note, event.recordedAt);
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
