package org.twintowns.partnerships.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import org.hibernate.Session;
import org.twintowns.partnerships.importing.twinning.RegistryPlaces;

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

    @Inject
    TransactionManager transactionManager;

    @Inject
    ImportedChanges changes;

    /** Runs the work in a transaction of its own; the caller has none (a worker thread). */
    public <T> T run(boolean dryRun, ImportRun.Progress progress, Work<T> work) {
        return dryRun ? dryRun(progress, work) : QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> {
            em.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", IMPORT_LOCK)
                    .getSingleResult();
            RegistryPlaces.createTables(em);
            ImportRun run = new ImportRun(em, false, progress, changes::record);
            T result = work.run(run);
            em.flush();
            changes.record(run);
            return result;
        });
    }

    private <T> T dryRun(ImportRun.Progress progress, Work<T> work) {
        try {
            transactionManager.setTransactionTimeout(TIMEOUT_SECONDS);
            transactionManager.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("a dry run cannot begin its transaction", e);
        }
        try {
            RegistryPlaces.createTables(em);
            em.createNativeQuery("set transaction read only").executeUpdate();
            em.unwrap(Session.class).setDefaultReadOnly(true);
            return work.run(new ImportRun(em, true, progress, run -> {
            }));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            try {
                transactionManager.rollback();
            } catch (SystemException e) {
                throw new IllegalStateException("a dry run's transaction did not end", e);
            } finally {
                try {
                    transactionManager.setTransactionTimeout(0);
                } catch (SystemException ignored) {
                    // The default again for the next transaction of this thread; nothing more to do.
                }
            }
        }
    }

    /** An import of tens of thousands of rows takes a minute or two on a small machine; far more means it hangs. */
    static final int TIMEOUT_SECONDS = 30 * 60;
}
