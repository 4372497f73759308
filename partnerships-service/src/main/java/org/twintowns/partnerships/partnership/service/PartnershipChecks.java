package org.twintowns.partnerships.partnership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.twintowns.commons.validation.Violations;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.partnership.LifecycleEvent;
import org.twintowns.partnerships.partnership.LifecycleTransitions;
import org.twintowns.partnerships.partnership.rest.ContactRequest;
import org.twintowns.partnerships.partnership.rest.LifecycleEventRequest;
import org.twintowns.partnerships.partnership.rest.PartnershipContent;
import org.twintowns.partnerships.partnership.rest.PartnershipRequest;
import org.twintowns.partnerships.partnership.rest.PartnershipUpdateRequest;
import org.twintowns.partnerships.partnership.rest.ProjectRequest;

/**
 * The rules about a partnership's content that bean validation cannot express: fields that depend
 * on each other (400, all failing fields at once), then references to municipalities (422, see
 * {@link ParticipantLookup#resolve}).
 */
@ApplicationScoped
public class PartnershipChecks {

    @Inject
    ParticipantLookup lookup;

    /**
     * The latest date that is today somewhere on Earth (UTC+14): a date is "in the future" only
     * when it is in the future everywhere, so nobody east of UTC is refused their today.
     */
    static LocalDate latestToday() {
        return LocalDate.now(ZoneOffset.ofHours(14));
    }

    /** Checks a create and returns the participating municipalities. */
    public Map<UUID, Municipality> checkCreate(PartnershipRequest request) {
        Violations errors = new Violations();
        checkFounding(request, errors);
        checkContent(request, errors);
        errors.throwIfAny();
        return lookup.resolve(request.participants(), Set.of());
    }

    /**
     * Checks a full update and returns the participating municipalities.
     *
     * @param participating municipalities that already take part; a merged one may stay, but not join
     */
    public Map<UUID, Municipality> checkUpdate(PartnershipUpdateRequest request, Set<UUID> participating) {
        Violations errors = new Violations();
        checkContent(request, errors);
        errors.throwIfAny();
        return lookup.resolve(request.participants(), participating);
    }

    /** One event to append: its date and, for a suspension or an end, its reason. */
    public void checkEvent(LifecycleEventRequest event) {
        Violations errors = new Violations();
        checkEvent("", event, errors);
        errors.throwIfAny();
    }

    static void checkContent(PartnershipContent content, Violations errors) {
        if (content.participants() != null && !content.participants().contains(null)) {
            // Without them (bean validation reports that), the participants and contacts cannot be checked.
            checkParticipants(content, errors);
            checkContacts(content, errors);
        }
        checkProjects(content, errors);
        checkNotInFuture("lastVerifiedOn", content.lastVerifiedOn(), errors);
    }

    /** The founding date and the initial history of a create, before any of it is applied. */
    static void checkFounding(PartnershipRequest request, Violations errors) {
        LocalDate establishedOn = request.establishedOn();
        checkNotInFuture("establishedOn", establishedOn, errors);
        if (request.yearOnly() && establishedOn == null) {
            errors.add("establishedYearOnly", "requires establishedOn (January 1 of the year)");
        } else if (request.yearOnly() && establishedOn.getDayOfYear() != 1) {
            errors.add("establishedOn", "must be January 1 when only the year is known");
        }
        List<LifecycleEventRequest> lifecycle = request.lifecycle() == null ? List.of() : request.lifecycle();
        for (int i = 0; i < lifecycle.size(); i++) {
            LifecycleEventRequest event = lifecycle.get(i);
            if (event == null) {
                continue;
            }
            checkEvent("lifecycle[" + i + "].", event, errors);
            if (event.kind() == LifecycleEvent.Kind.ESTABLISHED
                    && establishedOn != null && !establishedOn.equals(event.occurredOn())) {
                errors.add("lifecycle[" + i + "].occurredOn",
                        "must equal establishedOn (" + establishedOn + ")");
            }
        }
    }

    private static void checkEvent(String prefix, LifecycleEventRequest event, Violations errors) {
        checkNotInFuture(prefix + "occurredOn", event.occurredOn(), errors);
        if (LifecycleTransitions.requiresReason(event.kind()) && (event.reason() == null || event.reason().isBlank())) {
            errors.add(prefix + "reason", "is required for a " + event.kind() + " event");
        }
    }

    private static void checkParticipants(PartnershipContent content, Violations errors) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < content.participants().size(); i++) {
            if (!seen.add(content.participants().get(i).municipalityId())) {
                errors.add("participants[" + i + "].municipalityId",
                        "names a municipality that is already a participant; each takes part once");
            }
        }
    }

    private static void checkContacts(PartnershipContent content, Violations errors) {
        if (content.contacts() == null) {
            return;
        }
        Set<UUID> participants = content.participants().stream().map(p -> p.municipalityId())
                .collect(Collectors.toSet());
        for (int i = 0; i < content.contacts().size(); i++) {
            ContactRequest contact = content.contacts().get(i);
            if (contact.municipalityId() != null && !participants.contains(contact.municipalityId())) {
                errors.add("contacts[" + i + "].municipalityId", "must be one of the participants");
            }
            if (isBlank(contact.email()) && isBlank(contact.phone()) && isBlank(contact.url())) {
                errors.add("contacts[" + i + "]", "needs at least one of email, phone and url");
            }
        }
    }

    private static void checkProjects(PartnershipContent content, Violations errors) {
        if (content.projects() == null) {
            return;
        }
        for (int i = 0; i < content.projects().size(); i++) {
            ProjectRequest project = content.projects().get(i);
            String prefix = "projects[" + i + "].";
            if (project.amount() != null && project.currency() == null) {
                errors.add(prefix + "currency", "is required when an amount is given");
            }
            if (project.currency() != null && project.amount() == null) {
                errors.add(prefix + "amount", "is required when a currency is given");
            }
            if (project.startsOn() != null && project.endsOn() != null && project.endsOn().isBefore(project.startsOn())) {
                errors.add(prefix + "endsOn", "must not be before startsOn");
            }
        }
    }

    private static void checkNotInFuture(String field, LocalDate date, Violations errors) {
        if (date != null && date.isAfter(latestToday())) {
            errors.add(field, "must not be in the future");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
