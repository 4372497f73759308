package org.twintowns.partnerships.importing.twinning;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.twintowns.commons.persistence.FreshPlans;
import org.twintowns.commons.persistence.JdbcRows;
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

    private static final String[] TYPES = Arrays.stream(Partnership.Type.values()).map(Enum::name)
            .toArray(String[]::new);

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
     * their listings by this list, planned afresh each time ({@link FreshPlans}: the partnerships are the
     * ones this import is adding). Neither flushes: a real run's partnerships of earlier chunks were written
     * at the checkpoint, and this chunk's are made after it, in {@link #made}.
     */
    void lookUp(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        FreshPlans.run(em, () -> {
            // Naming every type lets PostgreSQL use the (type, participants_key) index for both columns.
            JdbcRows.each(em, "SELECT p.participants_key, p.id, p.type FROM partnership p "
                            + "WHERE p.type = ANY(:types) AND p.participants_key = ANY(:keys)",
                    Map.of("types", TYPES, "keys", Set.copyOf(keys).toArray(String[]::new)),
                    row -> looked.putIfAbsent(row.getString(1),
                            new Known(row.getObject(2, UUID.class), Partnership.Type.valueOf(row.getString(3)))));
            if (!looked.isEmpty()) {
                JdbcRows.each(em, "SELECT l.partnership_id, l.listed_by FROM partnership_source_listing l "
                                + "WHERE l.source = :source AND l.partnership_id = ANY(:ids)",
                        Map.of("source", list, "ids", looked.values().stream().map(Known::id).distinct()
                                .toArray(UUID[]::new)),
                        row -> lookedListings.add(row.getObject(1, UUID.class) + "|" + row.getObject(2, UUID.class)));
            }
        });
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
