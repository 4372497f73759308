package org.twintowns.webhooks.feed;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.twintowns.webhooks.delivery.service.DeliveryStore;
import org.twintowns.webhooks.subscription.Subscription;
import org.twintowns.webhooks.subscription.repository.SubscriptionRepository;

/**
 * Where each feed stands, and storing a page: in one transaction the cursor moves on with a
 * compare-and-set and a delivery is queued per event and matching active subscription. Two replicas
 * following one feed both read the page, but only the first to move the cursor stores it.
 */
@ApplicationScoped
public class FeedStore {

    @Inject
    EntityManager em;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DeliveryStore deliveries;

    /** The stored cursor of a source, or null before its first page. */
    @Transactional
    public String position(String source) {
        List<?> rows = em.createNativeQuery("SELECT position FROM feed_cursor WHERE source = :source")
                .setParameter("source", source).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /**
     * Stores a page read after {@code from} (null: no cursor was stored yet); false, storing nothing, when
     * another replica moved the cursor first.
     */
    @Transactional
    public boolean store(String source, String from, FeedPage page) {
        int moved = from == null
                ? em.createNativeQuery("INSERT INTO feed_cursor (source, position, updated_at) VALUES (:source, :next, now()) "
                                + "ON CONFLICT (source) DO NOTHING")
                        .setParameter("source", source).setParameter("next", page.next()).executeUpdate()
                : em.createNativeQuery("UPDATE feed_cursor SET position = :next, updated_at = now() "
                                + "WHERE source = :source AND position = :from")
                        .setParameter("source", source).setParameter("next", page.next()).setParameter("from", from)
                        .executeUpdate();
        if (moved == 0) {
            return false;
        }
        if (page.events().isEmpty()) {
            return true;
        }
        List<Subscription> active = subscriptions.active();
        for (CloudEvent event : page.events()) {
            List<String> municipalities = Subscription.split(extension(event, "municipalities"));
            List<String> countries = Subscription.split(extension(event, "countries"));
            String body = null;
            for (Subscription s : active) {
                if (s.wants(event.getType(), municipalities, countries)) {
                    body = body != null ? body : FeedClient.body(event);
                    deliveries.enqueue(s.id, event.getId(), event.getType(), event.getSubject(), body);
                }
            }
        }
        return true;
    }

    private static String extension(CloudEvent event, String name) {
        Object value = event.getExtension(name);
        return value == null ? "" : value.toString();
    }
}
