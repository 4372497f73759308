package org.twintowns.partnerships.importing;

import java.time.Duration;
import java.util.UUID;

/**
 * Writes a running job's progress, at most once per interval, in transactions of its own beside the
 * import's: a client polling the job sees rows done out of rows total, and other replicas see that the
 * job is alive.
 */
final class ProgressWriter implements ImportRun.Progress, AutoCloseable {

    private final ImportJobs jobs;
    private final UUID job;
    private final long intervalNanos;
    private long next = System.nanoTime();
    private boolean closed;

    ProgressWriter(ImportJobs jobs, UUID job, Duration interval) {
        this.jobs = jobs;
        this.job = job;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void update(int rowsDone, int rowsTotal) {
        long now = System.nanoTime();
        if (!closed && now - next >= 0) {
            next = now + intervalNanos;
            jobs.progress(job, rowsDone, rowsTotal);
        }
    }

    /** No more progress: the job's own transaction is about to record its end. */
    @Override
    public void close() {
        closed = true;
    }
}
