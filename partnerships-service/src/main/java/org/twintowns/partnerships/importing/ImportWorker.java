package org.twintowns.partnerships.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.twintowns.commons.persistence.DatabaseFailures;
import org.twintowns.commons.persistence.UniqueViolations;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.problem.ProblemType;

/**
 * Runs the queued import jobs. Each replica has two workers: one for imports that write, which run
 * one at a time across all replicas (they hold the import lock, {@link ImportTransactions}), and one
 * for dry runs, which write nothing and so need not wait for them. A worker takes the oldest queued
 * job of its kind, and is woken when this replica queues one (other replicas' jobs it finds within
 * {@link #POLL}).
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);
    static final Duration POLL = Duration.ofSeconds(1);
    /** How often a running job's progress (and sign of life) is written. */
    static final Duration PROGRESS_EVERY = Duration.ofMillis(500);
    private static final Duration TIDY_EVERY = Duration.ofSeconds(30);

    @Inject
    ImportJobs jobs;

    @Inject
    ImportTransactions transactions;

    @Inject
    Instance<ImportKind> allKinds;

    @ConfigProperty(name = "partnerships.imports.workers.enabled", defaultValue = "true")
    boolean enabled;

    private final Object signal = new Object();
    private volatile boolean running;
    private Map<String, ImportKind> kinds;
    private Thread writes;
    private Thread dryRuns;

    void start(@Observes StartupEvent event) {
        kinds = allKinds.stream().collect(Collectors.toMap(ImportKind::source, Function.identity()));
        if (!enabled) {
            return;
        }
        running = true;
        writes = thread("import-worker", false);
        dryRuns = thread("import-worker-dry-runs", true);
    }

    private Thread thread(String name, boolean dryRun) {
        Thread worker = new Thread(() -> loop(dryRun), name);
        worker.setDaemon(true);
        worker.start();
        return worker;
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        for (Thread worker : new Thread[] {writes, dryRuns}) {
            if (worker != null) {
                worker.interrupt();
                worker.join(Duration.ofSeconds(5).toMillis());
            }
        }
    }

    /** The import of that name, for the resource that queues its jobs. */
    public Optional<ImportKind> kind(String source) {
        return Optional.ofNullable(kinds.get(source));
    }

    /** Tells this replica's workers that a job is waiting. */
    public void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private void loop(boolean dryRun) {
        long nextTidy = 0;
        while (running) {
            try {
                if (!dryRun && System.nanoTime() - nextTidy >= 0) {
                    jobs.tidy();
                    nextTidy = System.nanoTime() + TIDY_EVERY.toNanos();
                }
                Optional<ImportJobs.Claimed> job = jobs.claim(dryRun);
                if (job.isPresent()) {
                    execute(job.get());
                } else {
                    synchronized (signal) {
                        signal.wait(POLL.toMillis());
                    }
                }
            } catch (InterruptedException stopping) {
                return;
            } catch (RuntimeException failure) {
                if (!running) {
                    return;
                }
                // The database went away, say: try again after a pause rather than spin.
                LOG.warnf("import worker: %s", failure.toString());
                try {
                    Thread.sleep(POLL.toMillis());
                } catch (InterruptedException stopping) {
                    return;
                }
            }
        }
    }

    void execute(ImportJobs.Claimed job) {
        ImportKind kind = kinds.get(job.source());
        ImportKind.ImportInput input = new ImportKind.ImportInput(job.body(), job.options(), job.names());
        try (ProgressWriter progress = new ProgressWriter(jobs, job.id(), PROGRESS_EVERY)) {
            ImportReport report = transactions.run(job.dryRun(), progress, run -> {
                if (!job.dryRun() && !jobs.stillClaimed(job.id(), job.attempts())) {
                    throw new TakenOver();
                }
                ImportReport done = kind.run(input, run);
                if (!job.dryRun()) {
                    progress.close();
                    jobs.succeed(job.id(), done);
                }
                return done;
            });
            if (job.dryRun()) {
                QuarkusTransaction.requiringNew().run(() -> jobs.succeed(job.id(), report));
            }
        } catch (ProblemException refused) {
            jobs.fail(job.id(), refused.problem());
        } catch (RuntimeException failure) {
            if (takenOver(failure)) {
                LOG.infof("import job %s (attempt %d) was taken over by another worker while this one waited for "
                        + "the import lock; it leaves the job to that worker", job.id(), job.attempts());
                return;
            }
            if (concurrentChange(failure) && job.attempts() < ImportJobs.MAX_ATTEMPTS) {
                LOG.infof("import job %s met a concurrent change (attempt %d: %s); it goes back in line", job.id(),
                        job.attempts(), rootCause(failure));
                jobs.requeue(job.id());
            } else if (concurrentChange(failure)) {
                jobs.fail(job.id(), ImportJobs.IMPORT_CONFLICT.problem(409, "Others changed the same records "
                        + "while the import ran, " + job.attempts() + " times; nothing was written. Run it again."));
            } else {
                LOG.errorf(failure, "import job %s failed", job.id());
                jobs.fail(job.id(), ProblemType.INTERNAL_ERROR.problem(500, "The import failed unexpectedly and wrote "
                        + "nothing; the log of partnerships-service names the cause under job " + job.id()));
            }
        }
    }

    /** The job went to another worker (its attempt is not the job's latest): this one must not run it. */
    private static final class TakenOver extends RuntimeException {
        TakenOver() {
            super("taken over by another worker", null, false, false);
        }
    }

    private static boolean takenOver(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TakenOver) {
                return true;
            }
        }
        return false;
    }

    /** A write that lost to a concurrent one: repeating the whole import (which wrote nothing) is safe. */
    static boolean concurrentChange(Throwable failure) {
        return DatabaseFailures.isOptimisticLockFailure(failure) || DatabaseFailures.isCollision(failure)
                || UniqueViolations.isUniqueViolation(failure) || staleState(failure);
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    private static boolean staleState(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
