package org.twintowns.partnerships.importing.twinning;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.twintowns.partnerships.partnership.Partnership;

/**
 * The partnerships a twinning import meets, and the listings of its list, looked up a chunk of rows at
 * a time by the participants the chunk's rows resolved to: it holds those of one chunk and those the run
 * made since its last checkpoint, not the registry's. A dry run's partnerships and listings are in no
 * table, so a dry run keeps those it made for the whole run.
 */
final class KnownPartnerships {

    /** A registered partnership: its id and type. */
    record Known(UUID id, Partnership.Type type) {
    }

    private final EntityManager em;
    private final String list;
    private final boolean dryRun;
    private final Map<String, Known> looked = new HashMap<>();
    private final Set<String> lookedListings = new HashSet<>();
    private final Map<String, Known> made = new HashMap<>();
    private final Set<String> madeListings = new HashSet<>();
    /** The ids of the partnerships this run made, to tell a pair listed twice from one registered before. */
    private final Set<UUID> createdHere = new HashSet<>();

    KnownPartnerships(EntityManager em, String list, boolean dryRun) {
        this.em = em;
        this.list = list;
        this.dryRun = dryRun;
    }

    /**
     * Looks up the partnerships between the participants of these keys ({@link Partnership#keyOf}) and
     * their listings by this list; a chunk's keys are few enough for one query's parameters.
     */
    void lookUp(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        // Naming every type lets PostgreSQL use the (type, participants_key) index.
        em.createQuery("select p.participantsKey, p.id, p.type from Partnership p "
                        + "where p.type in :types and p.participantsKey in :keys", Object[].class)
                .setParameter("types", List.of(Partnership.Type.values())).setParameter("keys", Set.copyOf(keys))
                .getResultList()
                .forEach(r -> looked.putIfAbsent((String) r[0], new Known((UUID) r[1], (Partnership.Type) r[2])));
        Set<UUID> ids = new HashSet<>();
        looked.values().forEach(known -> ids.add(known.id()));
        if (!ids.isEmpty()) {
            em.createQuery("select l.partnershipId, l.listedBy from PartnershipSourceListing l "
                            + "where l.source = :source and l.partnershipId in :ids", Object[].class)
                    .setParameter("source", list).setParameter("ids", ids).getResultList()
                    .forEach(r -> lookedListings.add(r[0] + "|" + r[1]));
        }
    }

    /** The partnership between these participants, made by this run or looked up for its chunk; or null. */
    Known get(String key) {
        Known known = made.get(key);
        return known != null ? known : looked.get(key);
    }

    void created(String key, UUID id, Partnership.Type type) {
        made.put(key, new Known(id, type));
        createdHere.add(id);
    }

    boolean createdHere(UUID id) {
        return createdHere.contains(id);
    }

    /** Whether the list's listing of the partnership by this participant is new; it is known from now on. */
    boolean list(UUID partnershipId, UUID listedBy) {
        String listing = partnershipId + "|" + listedBy;
        return !lookedListings.contains(listing) && madeListings.add(listing);
    }

    /** The run wrote and let go of its records: a real run finds what it made in the tables from now on. */
    void checkpoint() {
        looked.clear();
        lookedListings.clear();
        if (!dryRun) {
            made.clear();
            madeListings.clear();
        }
    }
}
