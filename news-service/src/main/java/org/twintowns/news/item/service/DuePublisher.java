package org.twintowns.news.item.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Flips scheduled items whose embargo has passed to PUBLISHED, so the stored status matches what
 * readers already see (visibility never waits for this job).
 */
@ApplicationScoped
public class DuePublisher {

    private static final Logger LOG = Logger.getLogger(DuePublisher.class);
    private static final int BATCH = 200;

    @Inject
    NewsItemWriter writer;

    @Scheduled(every = "${news.publish-due.every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void publishDue() {
        int published;
        do {
            published = writer.publishDue(BATCH);
            if (published > 0) {
                LOG.infof("Marked %d scheduled news items as published", published);
            }
        } while (published == BATCH);
    }
}
