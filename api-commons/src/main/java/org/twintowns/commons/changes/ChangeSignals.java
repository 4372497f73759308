package org.twintowns.commons.changes;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Wakes the feed's long polls when something follows their cursor, without a thread per waiting client.
 *
 * <p>A commit of this instance wakes them at once. Commits of other instances of the service (other
 * replicas on the same database) are noticed by one poller thread that reads the feed's head every
 * {@link #POLL} while anyone waits, and sleeps otherwise.
 */
@ApplicationScoped
public class ChangeSignals {

    static final Duration POLL = Duration.ofMillis(250);
    private static final Logger LOG = Logger.getLogger(ChangeSignals.class);

    private record Waiter(long after, CompletableFuture<Void> woken) {
    }

    private final Set<Waiter> waiters = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "change-feed-poller");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> polling;

    @Inject
    ChangeFeed feed;

    /**
     * Completes when an event after {@code after} may be there, or after {@code max}; never fails. The
     * caller reads the feed again either way.
     */
    public CompletionStage<Void> await(long after, Duration max) {
        Waiter waiter = new Waiter(after, new CompletableFuture<>());
        waiters.add(waiter);
        waiter.woken().whenComplete((ignored, failure) -> waiters.remove(waiter));
        startPolling();
        return waiter.woken().completeOnTimeout(null, max.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A transaction of this instance committed changes. */
    void committed() {
        waiters.forEach(w -> w.woken().complete(null));
    }

    private synchronized void startPolling() {
        if (polling == null || polling.isDone()) {
            polling = poller.scheduleWithFixedDelay(this::poll, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void poll() {
        if (waiters.isEmpty()) {
            synchronized (this) {
                if (waiters.isEmpty() && polling != null) {
                    polling.cancel(false);
                    polling = null;
                }
            }
            return;
        }
        try {
            long head = feed.head();
            waiters.stream().filter(w -> w.after() < head).forEach(w -> w.woken().complete(null));
        } catch (RuntimeException e) {
            // The database is away: the waiters time out and read again, which answers what it can.
            LOG.debugf(e, "Cannot read the change feed's head");
        }
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
        committed();
    }
}
