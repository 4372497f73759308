package org.twintowns.partnerships.partnership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.persistence.Changes;
import org.twintowns.commons.persistence.JdbcRows;
import org.twintowns.commons.persistence.UniqueViolations;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.security.Caller;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.repository.MunicipalityRepository;
import org.twintowns.partnerships.partnership.InvalidTransitionException;
import org.twintowns.partnerships.partnership.LifecycleEvent;
import org.twintowns.partnerships.partnership.Partnership;
import org.twintowns.partnerships.partnership.PartnershipContact;
import org.twintowns.partnerships.partnership.mapping.PartnershipMapper;
import org.twintowns.partnerships.partnership.repository.PartnershipRepository;
import org.twintowns.partnerships.partnership.repository.PartnershipRow;
import org.twintowns.partnerships.partnership.rest.ContactRequest;
import org.twintowns.partnerships.partnership.rest.LifecycleEventRequest;
import org.twintowns.partnerships.partnership.rest.PartnershipContent;
import org.twintowns.partnerships.partnership.rest.PartnershipRequest;
import org.twintowns.partnerships.partnership.rest.PartnershipUpdateRequest;
import org.twintowns.partnerships.partnership.rest.PartnershipView;

/**
 * Registering, changing and reading single partnerships; owns the transactions and the rules.
 * Writes are for admins and for editors acting for a participant, before and after the change.
 * Every check and query runs before the aggregate is touched, so that a refused request writes
 * nothing and no query flushes a half-applied change.
 */
@ApplicationScoped
public class PartnershipService {

    @Inject
    PartnershipRepository repository;

    @Inject
    PartnershipChecks checks;

    @Inject
    ParticipantLookup lookup;

    @Inject
    Caller caller;

    @Inject
    PartnershipChanges changes;

    @Transactional
    public Versioned<PartnershipView> create(PartnershipRequest request) {
        caller.requireActsForAny(participantIds(request));
        Map<UUID, Municipality> participants = checks.checkCreate(request);
        rejectDuplicate(request, null);

        Partnership partnership = new Partnership();
        PartnershipMapper.applyContent(request, partnership, List.of());
        boolean historyGiven = request.lifecycle() != null && !request.lifecycle().isEmpty();
        // A founding date alone stands for its ESTABLISHED event; with neither, the history is unknown.
        List<LifecycleEventRequest> history = historyGiven ? request.lifecycle()
                : request.establishedOn() == null ? List.of()
                : List.of(new LifecycleEventRequest(LifecycleEvent.Kind.ESTABLISHED, request.establishedOn(), null, null));
        if (history.isEmpty()) {
            partnership.recordActiveWithUnknownHistory();
        }
        // Without an explicit founding date, the partnership began with the first event of its history.
        partnership.establishedOn = request.establishedOn() != null || !historyGiven
                ? request.establishedOn() : history.get(0).occurredOn();
        partnership.establishedYearOnly = request.yearOnly();
        for (int i = 0; i < history.size(); i++) {
            try {
                append(partnership, history.get(i));
            } catch (InvalidTransitionException e) {
                // The request contradicts itself; there is no stored state it conflicts with.
                throw ProblemException.invalidField(
                        "lifecycle[" + i + "]." + (e.isBeforeLatest() ? "occurredOn" : "kind"), e.describe());
            }
        }
        try {
            repository.persistAndFlush(partnership);
        } catch (PersistenceException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                // A concurrent create of the same partnership committed first.
                throw duplicate(request.type(), null);
            }
            throw e;
        }
        changes.created(partnership, participants);
        return versioned(partnership, participants);
    }

    /** The partnership in the reader's languages, with its internal contacts for those who may see them. */
    public Versioned<PartnershipView> get(UUID id, List<String> languages) {
        // The participants' names in the reader's languages travel with the partnership's own statements: one
        // round trip for all.
        JdbcRows.Together reads = JdbcRows.together();
        MunicipalityRepository.ParticipantNames names = lookup.namesWith(reads, 1, languages);
        PartnershipRow partnership = repository.row(id, reads)
                .orElseThrow(() -> ProblemException.notFound("partnership", id));
        return new Versioned<>(PartnershipMapper.toView(partnership, names.displayNames(),
                caller.actsForAny(partnership.participantIds())), partnership.version());
    }

    /** Replaces everything but the history; the client must hold the current version. */
    @Transactional
    public Versioned<PartnershipView> update(UUID id, String ifMatch, PartnershipUpdateRequest request) {
        Partnership partnership = findForUpdate(id);
        // An editor may neither touch someone else's partnership nor move their own out of their reach.
        caller.requireActsForAny(partnership.participantIds());
        caller.requireActsForAny(participantIds(request));
        ETags.requireMatch(ifMatch, partnership.version);
        Map<UUID, Municipality> participants = checks.checkUpdate(request, Set.copyOf(partnership.participantIds()));
        rejectDuplicate(request, id);
        List<PartnershipContact> hidden = hiddenContacts(partnership, request);
        // The version moves when anything a client can write changed, the lists included, and only then.
        boolean changed = Changes.apply(partnership, PartnershipMapper::toContent,
                p -> PartnershipMapper.applyContent(request, p, hidden));
        flush(() -> duplicate(request.type(), null));
        if (changed) {
            changes.updated(partnership, participants);
        }
        return versioned(partnership, participants);
    }

    /** Appends one event to the history and derives the status again; the client must hold the current version. */
    @Transactional
    public Versioned<PartnershipView> appendEvent(UUID id, String ifMatch, LifecycleEventRequest request) {
        Partnership partnership = findForUpdate(id);
        caller.requireActsForAny(partnership.participantIds());
        ETags.requireMatch(ifMatch, partnership.version);
        checks.checkEvent(request);
        Map<UUID, Municipality> participants = lookup.byId(partnership.participantIds());
        Partnership.Status before = partnership.status();
        try {
            append(partnership, request);
        } catch (InvalidTransitionException e) {
            throw PartnershipProblems.invalidTransition(e);
        }
        partnership.touch();
        // The event's position is unique per partnership: a concurrent append took it first.
        flush(PartnershipService::changedConcurrently);
        if (partnership.status() != before) {
            changes.statusChanged(partnership, participants);
        } else {
            changes.updated(partnership, participants);
        }
        return versioned(partnership, participants);
    }

    /**
     * Internal contacts are for admins and for editors acting for a participant: they read them
     * and replace them like any field. Anyone else can neither see nor change them, so their
     * write keeps the stored ones as they are, and an internal contact they send is refused.
     * (Today only those who may see them may write a partnership at all; the rule holds by itself
     * should write access ever widen.)
     *
     * @return the stored contacts the caller may not see, to keep
     */
    private List<PartnershipContact> hiddenContacts(Partnership partnership, PartnershipContent request) {
        if (maySeeInternalContacts(partnership)) {
            return List.of();
        }
        List<ContactRequest> sent = request.contacts() == null ? List.of() : request.contacts();
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i).isInternal()) {
                throw ProblemException.invalidField("contacts[" + i + "].internal",
                        "only admins and editors acting for a participant may add or change internal contacts");
            }
        }
        return partnership.contacts().stream().filter(c -> c.internal).toList();
    }

    private boolean maySeeInternalContacts(Partnership partnership) {
        return caller.actsForAny(partnership.participantIds());
    }

    private static List<UUID> participantIds(PartnershipContent content) {
        return content.participants().stream().map(p -> p.municipalityId()).toList();
    }

    /** Locked until the write commits: a concurrent write with the same If-Match then sees the new version (412). */
    private Partnership findForUpdate(UUID id) {
        return repository.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("partnership", id));
    }

    private static void append(Partnership partnership, LifecycleEventRequest event) {
        partnership.appendEvent(event.kind(), event.occurredOn(), PartnershipMapper.trimToNull(event.reason()),
                PartnershipMapper.trimToNull(event.note()));
    }

    private void rejectDuplicate(PartnershipContent content, UUID self) {
        String key = Partnership.keyOf(content.participants().stream().map(p -> p.municipalityId()).toList());
        repository.findSameParticipants(content.type(), key, self).ifPresent(existing -> {
            throw duplicate(content.type(), existing);
        });
    }

    /** Writes now, so that a lost race becomes a problem here rather than a failed commit. */
    private void flush(Supplier<ProblemException> onUniqueViolation) {
        try {
            repository.flush();
        } catch (OptimisticLockException e) {
            throw changedConcurrently();
        } catch (PersistenceException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                throw onUniqueViolation.get();
            }
            throw e;
        }
    }

    private static ProblemException changedConcurrently() {
        return new ProblemException(ETags.PRECONDITION_FAILED, 412,
                "The partnership was changed by another request at the same time. Read it again and reapply your change.");
    }

    private static ProblemException duplicate(Partnership.Type type, UUID existing) {
        return ProblemException.conflict("A " + type + " partnership between exactly these municipalities already exists"
                + (existing == null ? "." : ": " + existing + "."));
    }

    /** A write's answer: participants by their official names (no language is picked for a write). */
    private Versioned<PartnershipView> versioned(Partnership partnership, Map<UUID, Municipality> municipalities) {
        return new Versioned<>(PartnershipMapper.toView(partnership,
                ParticipantLookup.shown(partnership.participantIds(), municipalities), Map.of(),
                maySeeInternalContacts(partnership)), partnership.version);
    }
}
