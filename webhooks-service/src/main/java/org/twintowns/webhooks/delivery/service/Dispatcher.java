package org.twintowns.webhooks.delivery.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.twintowns.webhooks.WebhooksConfig;
import org.twintowns.webhooks.delivery.Claim;
import org.twintowns.webhooks.outbound.Attempt;
import org.twintowns.webhooks.outbound.Destination;
import org.twintowns.webhooks.outbound.RefusedUrlException;
import org.twintowns.webhooks.outbound.Sender;
import org.twintowns.webhooks.outbound.Signatures;
import org.twintowns.webhooks.outbound.UrlGuard;

/**
 * Sends the due deliveries: claims them ({@link DeliveryStore#claim}, a transaction of its own),
 * then, outside any transaction, checks each URL against the SSRF rules again, signs and sends it on a
 * bounded pool of workers, and records the outcome (another transaction). Replicas share the work
 * through the claims' leases; a slow receiver holds at most its subscription's share of the workers.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    @Inject
    DeliveryStore store;

    @Inject
    Sender sender;

    @Inject
    UrlGuard urls;

    @Inject
    WebhooksConfig config;

    private ScheduledExecutorService timer;
    private ExecutorService workers;
    private Semaphore free;
    /** A tick is queued already: finishing deliveries ask for one, many at once need only one. */
    private final AtomicBoolean tickQueued = new AtomicBoolean();

    void start(@Observes StartupEvent event) {
        int size = config.dispatch().workers();
        free = new Semaphore(size);
        workers = Executors.newFixedThreadPool(size, r -> named(r, "webhook-sender"));
        if (config.dispatch().enabled()) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> named(r, "webhook-dispatcher"));
            long every = config.dispatch().every().toMillis();
            timer.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private void tick() {
        try {
            List<Claim> claims = store.claim(free.availablePermits());
            for (Claim claim : claims) {
                free.acquireUninterruptibly();
                workers.execute(() -> {
                    try {
                        deliver(claim);
                    } finally {
                        free.release();
                        // The next of the subscription (or of the subject) may be due now: claim at once, not
                        // at the next tick, so that a subscription's deliveries flow at the receiver's pace.
                        soon();
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Claiming due deliveries failed; trying again in %s", config.dispatch().every());
        }
    }

    private void soon() {
        if (timer != null && tickQueued.compareAndSet(false, true)) {
            try {
                timer.execute(() -> {
                    tickQueued.set(false);
                    tick();
                });
            } catch (RejectedExecutionException stopping) {
                tickQueued.set(false);
            }
        }
    }

    /**
     * Claims and sends up to {@code max} due deliveries in the calling thread, one after the other; answers
     * how many. What another replica's dispatcher does, for tests that run two on one database.
     */
    public int deliverDue(int max) {
        List<Claim> claims = store.claim(max);
        claims.forEach(this::deliver);
        return claims.size();
    }

    /** One attempt of one claimed delivery, and its outcome recorded. */
    void deliver(Claim claim) {
        long started = System.nanoTime();
        Attempt attempt;
        try {
            Destination destination = urls.check(claim.url());
            attempt = sender.post(destination, headers(claim), claim.body());
        } catch (RefusedUrlException e) {
            attempt = Attempt.failed("refused: the URL " + e.getMessage(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            attempt = Attempt.failed(e.toString(), (System.nanoTime() - started) / 1_000_000);
        }
        try {
            store.record(claim, attempt);
        } catch (RuntimeException e) {
            // The lease runs out and the delivery is tried again: at least once, never lost.
            LOG.warnf(e, "Recording an attempt of delivery %s failed", claim.deliveryId());
        }
    }

    /** Standard Webhooks headers: the event id, the time of this attempt, and one signature per valid secret. */
    static Map<String, String> headers(Claim claim) {
        long timestamp = Instant.now().getEpochSecond();
        String signature = Signatures.sign(claim.secret(), claim.eventId(), timestamp, claim.body());
        if (claim.previousSecret() != null) {
            signature += " " + Signatures.sign(claim.previousSecret(), claim.eventId(), timestamp, claim.body());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", claim.eventId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", signature);
        return headers;
    }

    private static Thread named(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
