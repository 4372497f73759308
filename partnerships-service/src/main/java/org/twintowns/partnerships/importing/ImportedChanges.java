package org.twintowns.partnerships.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.twintowns.commons.persistence.FreshPlans;
import org.twintowns.commons.persistence.TrackedEntity;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.service.MunicipalityChanges;
import org.twintowns.partnerships.partnership.Partnership;
import org.twintowns.partnerships.partnership.service.ParticipantLookup;
import org.twintowns.partnerships.partnership.service.PartnershipChanges;

/**
 * Tells the registry feed what an import did, in its transaction, once all its rows are in: the
 * municipalities it added and changed first, then the partnerships, so that a follower never reads of
 * a partnership before its participants.
 */
@ApplicationScoped
public class ImportedChanges {

    /** Participants are looked up this many at a time (PostgreSQL takes at most 32,767 parameters). */
    private static final int LOOKUP_BATCH = 1000;

    @Inject
    MunicipalityChanges municipalities;

    @Inject
    PartnershipChanges partnerships;

    @Inject
    ParticipantLookup lookup;

    @Inject
    EntityManager em;

    void record(ImportRun run) {
        List<Partnership> created = new ArrayList<>();
        List<Partnership> changed = new ArrayList<>();
        for (TrackedEntity entity : run.created()) {
            if (entity instanceof Municipality m) {
                municipalities.created(m);
            } else if (entity instanceof Partnership p) {
                created.add(p);
            }
        }
        for (TrackedEntity entity : run.changed()) {
            if (entity instanceof Municipality m) {
                municipalities.updated(m);
            } else if (entity instanceof Partnership p) {
                changed.add(p);
            }
        }
        Map<UUID, Municipality> participants = participants(created, changed);
        created.forEach(p -> partnerships.created(p, participants));
        changed.forEach(p -> partnerships.updated(p, participants));
    }

    private Map<UUID, Municipality> participants(List<Partnership> created, List<Partnership> changed) {
        Set<UUID> ids = new LinkedHashSet<>();
        created.forEach(p -> ids.addAll(p.participantIds()));
        changed.forEach(p -> ids.addAll(p.participantIds()));
        List<UUID> all = List.copyOf(ids);
        Map<UUID, Municipality> found = new HashMap<>();
        // Planned with its ids each time: the municipalities are the ones the import is adding (FreshPlans).
        FreshPlans.run(em, () -> {
            for (int from = 0; from < all.size(); from += LOOKUP_BATCH) {
                found.putAll(lookup.byId(all.subList(from, Math.min(all.size(), from + LOOKUP_BATCH))));
            }
        });
        return found;
    }
}
