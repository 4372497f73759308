package org.twintowns.partnerships.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

/**
 * The transaction an import runs in. A real run holds the registry's import lock (a PostgreSQL
 * advisory lock, so that across all replicas one import writes at a time) and commits everything
 * or nothing. A dry run is a read-only transaction that is rolled back: PostgreSQL refuses any write
 * in it, its entities are never flushed, and it takes no lock a writer could wait for.
 */
@ApplicationScoped
public class ImportTransactions {

    /** The advisory lock key of imports that write: "TTIMPORT" as a 64-bit number. */
    static final long IMPORT_LOCK = 0x5454494d504f5254L;

    /** An import's work, given its run. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ImportRun run) throws Exception;
    }

    @Inject
    EntityManager em;

    public <T> T run(boolean dryRun, ImportRun.Progress progress, Work<T> work) {
        return QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> {
            if (dryRun) {
                em.createNativeQuery("set transaction read only").executeUpdate();
                em.unwrap(Session.class).setDefaultReadOnly(true);
            } else {
                em.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", IMPORT_LOCK)
                        .getSingleResult();
            }
            T result = work.run(new ImportRun(em, dryRun, progress));
            if (dryRun) {
                QuarkusTransaction.setRollbackOnly();
            } else {
                em.flush();
            }
            return result;
        });
    }

    /** An import of tens of thousands of rows takes a minute or two on a small machine; far more means it hangs. */
    static final int TIMEOUT_SECONDS = 30 * 60;
}
