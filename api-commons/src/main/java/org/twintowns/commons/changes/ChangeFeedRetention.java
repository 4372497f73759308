package org.twintowns.commons.changes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Removes the feed's events older than {@code twintowns.changes.retention} (30 days), once an hour on
 * every instance; removing is idempotent, so instances need not agree on who does it.
 */
@ApplicationScoped
public class ChangeFeedRetention {

    private static final Logger LOG = Logger.getLogger(ChangeFeedRetention.class);

    @ConfigProperty(name = "twintowns.changes.retention", defaultValue = "P30D")
    Duration retention;

    @ConfigProperty(name = "twintowns.changes.prune-every", defaultValue = "PT1H")
    Duration every;

    @Inject
    ChangeFeed feed;

    private ScheduledExecutorService scheduler;

    void start(@Observes StartupEvent started) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "change-feed-retention");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::prune, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void prune() {
        try {
            int removed = feed.prune(retention);
            if (removed > 0) {
                LOG.infof("Removed %d change feed events older than %s", removed, retention);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Cannot prune the change feed now: %s", e.getMessage());
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
