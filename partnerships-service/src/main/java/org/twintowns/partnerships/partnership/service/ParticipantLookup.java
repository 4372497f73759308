package org.twintowns.partnerships.partnership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.twintowns.commons.problem.Problem.FieldError;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.commons.persistence.JdbcRows;
import org.twintowns.partnerships.municipality.repository.MunicipalityRepository;
import org.twintowns.partnerships.municipality.repository.ParticipantMunicipality;
import org.twintowns.partnerships.partnership.rest.ParticipantRequest;

/** The municipalities partnerships refer to: loaded in one query, and checked when a request names them. */
@ApplicationScoped
public class ParticipantLookup {

    /** Merges are followed this far to name the successor; longer chains point at the last one found. */
    private static final int MAX_MERGE_HOPS = 10;

    @Inject
    MunicipalityRepository municipalities;

    public Map<UUID, Municipality> byId(Collection<UUID> ids) {
        return municipalities.byIds(ids);
    }

    /**
     * The names in the reader's languages of the participants of the partnerships whose ids are the parameter
     * {@code :ids} of {@code reads} (at most {@code partnerships} of them): filled when they run, with the
     * partnerships' own reads ({@link MunicipalityRepository#participantNamesOf}).
     */
    public MunicipalityRepository.ParticipantNames namesWith(JdbcRows.Together reads, int partnerships,
            List<String> languages) {
        return municipalities.participantNamesOf(reads, partnerships, languages);
    }

    /**
     * What a partnership shows of its participants {@code ids}, from municipalities already loaded (a write's
     * checks load them; an import loads those of many partnerships at once).
     */
    public static Map<UUID, ParticipantMunicipality> shown(Collection<UUID> ids, Map<UUID, Municipality> loaded) {
        Map<UUID, ParticipantMunicipality> shown = new HashMap<>();
        for (UUID id : ids) {
            Municipality m = loaded.get(id);
            if (m != null) {
                shown.put(id, ParticipantMunicipality.of(m));
            }
        }
        return shown;
    }

    /** The participants' names in the reader's languages, where they have one (see MunicipalityRepository). */
    public Map<UUID, String> displayNames(Collection<UUID> ids, List<String> languages) {
        return municipalities.displayNames(ids, languages);
    }

    public boolean exists(UUID id) {
        return municipalities.count("id", id) > 0;
    }

    /**
     * The municipalities of the requested participants. Every one must exist (else 422 naming the
     * unknown ids), and none may join after it merged into another (else 422 naming the successor).
     *
     * @param participating municipalities that already take part; a merged one may stay
     */
    public Map<UUID, Municipality> resolve(List<ParticipantRequest> participants, Set<UUID> participating) {
        List<UUID> ids = participants.stream().map(ParticipantRequest::municipalityId).toList();
        Map<UUID, Municipality> found = byId(ids);
        List<FieldError> unknown = new ArrayList<>();
        Set<UUID> unknownIds = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!found.containsKey(ids.get(i))) {
                unknownIds.add(ids.get(i));
                unknown.add(new FieldError("participants[" + i + "].municipalityId",
                        "no municipality with id " + ids.get(i)));
            }
        }
        if (!unknown.isEmpty()) {
            throw PartnershipProblems.unknownReferences("No municipality with id "
                    + unknownIds.stream().map(UUID::toString).collect(Collectors.joining(", ")) + ".", unknown);
        }
        List<FieldError> merged = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Municipality m = found.get(ids.get(i));
            if (m.mergedIntoId != null && !participating.contains(m.id)) {
                Municipality successor = successorOf(m);
                merged.add(new FieldError("participants[" + i + "].municipalityId", m.name + " merged into "
                        + successor.name + "; use " + successor.id + " instead"));
            }
        }
        if (!merged.isEmpty()) {
            throw PartnershipProblems.mergedMunicipalities(
                    "Merged municipalities cannot join a partnership; name their successors instead.", merged);
        }
        return found;
    }

    private Municipality successorOf(Municipality merged) {
        Municipality current = merged;
        for (int hop = 0; hop < MAX_MERGE_HOPS && current.mergedIntoId != null; hop++) {
            Municipality next = municipalities.findById(current.mergedIntoId);
            if (next == null) {
                break;
            }
            current = next;
        }
        return current;
    }
}
