package org.twintowns.partnerships.importing;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.twintowns.commons.persistence.FreshPlans;
import org.twintowns.commons.persistence.JdbcRows;
import org.twintowns.partnerships.municipality.Municipality;

/**
 * What the Destatis import needs to know of the registry, asked a chunk of rows at a time by key (AGS,
 * name, slug, id) rather than read whole: the memory it takes grows with the file, not with the
 * registry. It also remembers what this run added and claimed, which a dry run never writes and a
 * query therefore cannot see.
 *
 * <p>Each look-up is planned with its keys every time ({@link FreshPlans}): the municipalities it looks in
 * are the ones the import is adding. It is asked at the start of a chunk, after the checkpoint wrote the
 * chunk before, so the look-ups that read with JDBC ({@link JdbcRows}, which does not flush) miss nothing.
 */
final class GermanRegistry {

    private final EntityManager em;
    private final boolean dryRun;
    private final Map<String, Municipality> addedByAgs = new HashMap<>();
    private final Set<UUID> claimed = new HashSet<>();
    private final Set<UUID> idsAdded = new HashSet<>();
    private final Set<String> slugsAdded = new HashSet<>();

    GermanRegistry(EntityManager em, boolean dryRun) {
        this.em = em;
        this.dryRun = dryRun;
    }

    /** The German municipalities with these AGS, by AGS. */
    Map<String, Municipality> byAgs(Collection<String> ags) {
        Map<String, Municipality> found = new HashMap<>();
        byKeys("m.official_code = ANY(:keys)", ags).forEach(m -> found.put(m.officialCode, m));
        ags.forEach(code -> {
            if (!found.containsKey(code) && addedByAgs.containsKey(code)) {
                found.put(code, addedByAgs.get(code));
            }
        });
        return found;
    }

    /**
     * German places without AGS under these search keys, not merged into another and not yet claimed by
     * this run, by search key; {@code boroughs} says whether the boroughs of Berlin and Hamburg count.
     */
    Map<String, List<Municipality>> withoutAgs(Collection<String> searchKeys, boolean boroughs) {
        Map<String, List<Municipality>> found = new HashMap<>();
        // In the "C" collation, as V17's index has the keys: the trigram index on search_key cannot answer it.
        byKeys("m.official_code IS NULL AND m.search_key COLLATE \"C\" = ANY(:keys)", searchKeys).stream()
                .filter(m -> !claimed.contains(m.id))
                .filter(m -> boroughs ? m.mergedIntoId == null : !CityStateBoroughs.isBorough(m))
                .forEach(m -> found.computeIfAbsent(m.searchKey, k -> new ArrayList<>()).add(m));
        return found;
    }

    /**
     * The German municipalities that {@code condition} finds with these keys, one array {@code :keys}, planned
     * afresh each time ({@link FreshPlans}: the municipalities are the ones this import is adding).
     */
    @SuppressWarnings("unchecked")
    private List<Municipality> byKeys(String condition, Collection<String> keys) {
        return FreshPlans.of(em, () -> em.createNativeQuery(
                        "SELECT m.* FROM municipality m WHERE m.country_code = 'DE' AND " + condition, Municipality.class)
                .setParameter("keys", keys.toArray(String[]::new)).getResultList());
    }

    Municipality byId(UUID id) {
        return em.find(Municipality.class, id);
    }

    /** Of these slugs, those the registry or this run has given. */
    Set<String> slugsTaken(Collection<String> slugs) {
        Set<String> taken = TakenSlugs.of(em, slugs);
        slugs.stream().filter(slugsAdded::contains).forEach(taken::add);
        return taken;
    }

    /** Of these ids, those the registry or this run has given. */
    Set<UUID> idsTaken(Collection<UUID> ids) {
        Set<UUID> taken = new HashSet<>();
        FreshPlans.run(em, () -> JdbcRows.each(em, "SELECT m.id FROM municipality m WHERE m.id = ANY(:ids)",
                Map.of("ids", ids.toArray(UUID[]::new)), row -> taken.add(row.getObject(1, UUID.class))));
        ids.stream().filter(idsAdded::contains).forEach(taken::add);
        return taken;
    }

    /** This run has added {@code m}, under its AGS if it has one. */
    void added(Municipality m) {
        idsAdded.add(m.id);
        slugsAdded.add(m.slug);
        // A real run's additions are in the database (flushed at each chunk); a dry run's only here.
        if (dryRun && m.officialCode != null) {
            addedByAgs.put(m.officialCode, m);
        }
    }

    /** This run has made {@code m}, a place without AGS, a municipality of the list or a borough. */
    void claimed(Municipality m) {
        claimed.add(m.id);
    }
}
