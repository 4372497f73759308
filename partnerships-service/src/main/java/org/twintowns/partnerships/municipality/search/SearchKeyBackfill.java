package org.twintowns.partnerships.municipality.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Keeps stored search keys in step with {@link SearchKeys}: when the folding has changed since the
 * keys were made, rows whose key differs from what the current folding gives are re-keyed. SQL cannot
 * compute the folding, so a migration cannot do this. The folding the keys were made with is one row
 * ({@code search_key_folding}); a start whose folding matches it reads nothing else, and a re-keying
 * runs after start-up, not in it, so that start-up does not grow with the registry (issue 21: reading
 * and folding every name was part of every start).
 */
@ApplicationScoped
public class SearchKeyBackfill {

    /** Raise when {@link SearchKeys#of} changes in a way the probes below might not show. */
    static final int FOLDING_VERSION = 1;
    /** Names that pass through every rule of the folding: a change of a rule changes one of their keys. */
    private static final List<String> PROBES = List.of("Łódź", "Київ", "Новый Уренгой", "Чернігів", "Nowy Urengoi",
            "Muenchen", "München", "Straße", "Ærøskøbing", "Œuvre", "Đakovo", "Kırşehir", "Saint-Étienne-du-Rouvray",
            "Hoyerswerda", "Jena 07743", "ЁЫЭЮЯЇЄҐЎ");
    // One instance re-keys at a time (pg_advisory_xact_lock); another waits, then finds the work done.
    private static final long LOCK = 0x7365_6172_6368_6b65L;
    private static final Logger LOG = Logger.getLogger(SearchKeyBackfill.class);

    @Inject
    EntityManager em;

    @Inject
    ManagedExecutor executor;

    void onStart(@Observes StartupEvent event) {
        executor.runAsync(() -> QuarkusTransaction.requiringNew().run(this::bringUpToDate))
                .exceptionally(failure -> {
                    LOG.error("Could not bring the search keys up to date; name search may miss renamed rules", failure);
                    return null;
                });
    }

    /** Re-keys the names if the stored keys were folded differently; answers how many changed. */
    int bringUpToDate() {
        em.createNativeQuery("select pg_advisory_xact_lock(:lock)").setParameter("lock", LOCK).getSingleResult();
        String current = fingerprint();
        List<?> stored = em.createNativeQuery("select fingerprint from search_key_folding").getResultList();
        if (stored.size() == 1 && current.equals(stored.get(0))) {
            return 0;
        }
        int changed = rekey("Municipality") + rekey("MunicipalityName");
        em.createNativeQuery("""
                        insert into search_key_folding (id, fingerprint, folded_at) values (1, :fingerprint, now())
                        on conflict (id) do update set fingerprint = excluded.fingerprint, folded_at = excluded.folded_at""")
                .setParameter("fingerprint", current).executeUpdate();
        LOG.infof("Search keys folded anew (%s): %d names re-keyed", current, changed);
        return changed;
    }

    private int rekey(String entity) {
        int changed = 0;
        List<Object[]> rows = em.createQuery("select e.id, e.name, e.searchKey from " + entity + " e", Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            String key = SearchKeys.of((String) row[1]);
            if (!key.equals(row[2])) {
                changed += em.createQuery("update " + entity + " e set e.searchKey = :key where e.id = :id")
                        .setParameter("key", key).setParameter("id", row[0]).executeUpdate();
            }
        }
        return changed;
    }

    /** The folding as a value: its version and what it makes of the probes. */
    static String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String probe : PROBES) {
                digest.update(SearchKeys.of(probe).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return FOLDING_VERSION + ":" + HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
