package org.twintowns.partnerships.municipality.search;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Keeps stored search keys in step with {@link SearchKeys}: rows whose key differs from what the
 * current folding gives (rows from before the key existed, or from an older folding) are re-keyed
 * at start. SQL cannot compute the folding, so a migration cannot do this.
 */
@ApplicationScoped
public class SearchKeyBackfill {

    private static final Logger LOG = Logger.getLogger(SearchKeyBackfill.class);

    @Inject
    EntityManager em;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        int changed = 0;
        List<Object[]> municipalities = em.createQuery("select m.id, m.name, m.searchKey from Municipality m",
                Object[].class).getResultList();
        for (Object[] row : municipalities) {
            String key = SearchKeys.of((String) row[1]);
            if (!key.equals(row[2])) {
                changed += em.createQuery("update Municipality m set m.searchKey = :key where m.id = :id")
                        .setParameter("key", key).setParameter("id", row[0]).executeUpdate();
            }
        }
        List<Object[]> names = em.createQuery("select n.id, n.name, n.searchKey from MunicipalityName n",
                Object[].class).getResultList();
        for (Object[] row : names) {
            String key = SearchKeys.of((String) row[1]);
            if (!key.equals(row[2])) {
                changed += em.createQuery("update MunicipalityName n set n.searchKey = :key where n.id = :id")
                        .setParameter("key", key).setParameter("id", row[0]).executeUpdate();
            }
        }
        if (changed > 0) {
            LOG.infof("Re-keyed %d names for search", changed);
        }
    }
}
