package org.twintowns.partnerships.importing;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.twintowns.commons.persistence.FreshPlans;
import org.twintowns.commons.persistence.JdbcRows;

/**
 * Which of some slugs the registry's municipalities have, for an import that gives new ones: one statement for
 * all of them, planned with them each time ({@link FreshPlans}: the municipalities are the ones the import is
 * adding). It reads without flushing ({@link JdbcRows}); the importer knows the slugs it has not written yet.
 */
public final class TakenSlugs {

    private TakenSlugs() {
    }

    /** Of these slugs, those a municipality in the table has. */
    public static Set<String> of(EntityManager em, Collection<String> slugs) {
        Set<String> taken = new HashSet<>();
        if (!slugs.isEmpty()) {
            FreshPlans.run(em, () -> JdbcRows.each(em, "SELECT m.slug FROM municipality m WHERE m.slug = ANY(:slugs)",
                    Map.of("slugs", slugs.toArray(String[]::new)), row -> taken.add(row.getString(1))));
        }
        return taken;
    }
}
