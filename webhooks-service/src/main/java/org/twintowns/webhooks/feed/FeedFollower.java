package org.twintowns.webhooks.feed;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.twintowns.webhooks.WebhooksConfig;

/**
 * One background thread per followed feed: reads the page after the stored cursor (long-polling),
 * then stores it ({@link FeedStore#store}). The HTTP call is never inside the transaction. A feed
 * followed for the first time is followed from its head (events before the first start are not sent);
 * a cursor the feed no longer keeps restarts from the oldest kept event, and says so in the log.
 */
@ApplicationScoped
public class FeedFollower {

    private static final Logger LOG = Logger.getLogger(FeedFollower.class);
    /** The cursor that asks a feed for its head. */
    static final String HEAD = "now";

    @Inject
    FeedClient client;

    @Inject
    FeedStore store;

    @Inject
    WebhooksConfig config;

    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    void start(@Observes StartupEvent event) {
        if (!config.follow().enabled()) {
            return;
        }
        running = true;
        config.sources().keySet().forEach(source -> {
            Thread thread = new Thread(() -> follow(source), "feed-follower-" + source);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        });
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        threads.forEach(Thread::interrupt);
    }

    private void follow(String source) {
        while (running) {
            try {
                if (!step(source)) {
                    pause(config.follow().idleDelay());
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.debugf(e, "Reading the %s feed failed", source);
                LOG.warnf("Reading the %s feed failed (%s); trying again in %s", source, e.getMessage(),
                        config.follow().errorDelay());
                if (!pause(config.follow().errorDelay())) {
                    return;
                }
            }
        }
    }

    /** Reads and stores one page; false when the feed had nothing new and did not wait for it. */
    boolean step(String source) throws IOException, InterruptedException {
        String from = store.position(source);
        FeedPage page;
        try {
            page = client.fetch(source, from == null ? HEAD : from);
        } catch (CursorExpiredException e) {
            LOG.errorf("%s: events were lost for the webhooks; following on from the oldest event kept", e.getMessage());
            try {
                page = client.fetch(source, null);
            } catch (CursorExpiredException again) {
                throw new IOException(again.getMessage());
            }
        }
        store.store(source, from, page);
        return !page.events().isEmpty() || page.waited();
    }

    private static boolean pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
