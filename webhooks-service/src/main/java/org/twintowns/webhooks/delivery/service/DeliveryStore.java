package org.twintowns.webhooks.delivery.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.twintowns.webhooks.WebhooksConfig;
import org.twintowns.webhooks.delivery.Claim;
import org.twintowns.webhooks.outbound.Attempt;
import org.twintowns.webhooks.subscription.EventTypes;
import org.twintowns.webhooks.subscription.Subscription;
import org.twintowns.webhooks.subscription.repository.SubscriptionRepository;

/**
 * The delivery queue in the database, every method one transaction and none calling out: queueing,
 * claiming with {@code FOR UPDATE SKIP LOCKED} and a lease, recording an attempt's outcome with its
 * retry or the end of the retries, and disabling a subscription that kept failing.
 */
@ApplicationScoped
public class DeliveryStore {

    private static final Logger LOG = Logger.getLogger(DeliveryStore.class);

    /**
     * Due deliveries of active subscriptions that no earlier pending delivery for the same subscription and
     * subject holds back, in feed order, with how many of their subscription's are in flight now.
     */
    private static final String DUE = """
            SELECT d.id, d.subscription_id, d.event_id, d.body, d.attempts, s.url, s.secret,
                   CASE WHEN s.previous_secret_until > now() THEN s.previous_secret END,
                   (SELECT count(*) FROM delivery f WHERE f.subscription_id = d.subscription_id
                        AND f.state = 'PENDING' AND f.lease_until > now())
            FROM delivery d JOIN subscription s ON s.id = d.subscription_id
            WHERE d.state = 'PENDING' AND s.state = 'ACTIVE' AND d.next_attempt_at <= now()
              AND (d.lease_until IS NULL OR d.lease_until <= now())
              AND NOT EXISTS (SELECT 1 FROM delivery e WHERE e.subscription_id = d.subscription_id
                                AND e.subject = d.subject AND e.state = 'PENDING' AND e.seq < d.seq)
            ORDER BY d.seq
            LIMIT :limit
            FOR UPDATE OF d SKIP LOCKED
            """;

    @Inject
    EntityManager em;

    @Inject
    WebhooksConfig config;

    @Inject
    SubscriptionRepository subscriptions;

    /** Queues an event for a subscription; joins the caller's transaction (the feed's page). */
    @Transactional
    public void enqueue(UUID subscriptionId, String eventId, String type, String subject, String body) {
        em.createNativeQuery("""
                        INSERT INTO delivery (id, subscription_id, event_id, event_type, subject, body, state, attempts,
                                              next_attempt_at, created_at)
                        VALUES (:id, :subscription, :event, :type, :subject, :body, 'PENDING', 0,
                                now() + :delay * interval '1 millisecond', now())
                        """)
                .setParameter("id", UUID.randomUUID())
                .setParameter("subscription", subscriptionId)
                .setParameter("event", eventId)
                .setParameter("type", type)
                .setParameter("subject", subject == null ? "" : subject)
                .setParameter("body", body)
                .setParameter("delay", delayMillis(0))
                .executeUpdate();
    }

    /**
     * Takes the lease of up to {@code limit} due deliveries, at most {@code webhooks.dispatch.per-subscription}
     * in flight per subscription; others' leases and locked rows are passed over.
     */
    @Transactional
    public List<Claim> claim(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(DUE).setParameter("limit", limit * 4).getResultList();
        UUID token = UUID.randomUUID();
        Map<UUID, Integer> taken = new HashMap<>();
        List<Claim> claims = new ArrayList<>();
        for (Object[] row : rows) {
            UUID subscription = (UUID) row[1];
            int inFlight = ((Number) row[8]).intValue() + taken.getOrDefault(subscription, 0);
            if (claims.size() >= limit || inFlight >= config.dispatch().perSubscription()) {
                continue;
            }
            taken.merge(subscription, 1, Integer::sum);
            claims.add(new Claim((UUID) row[0], token, subscription, (String) row[2], (String) row[3],
                    ((Number) row[4]).intValue(), (String) row[5], (String) row[6], (String) row[7]));
        }
        if (!claims.isEmpty()) {
            em.createNativeQuery("""
                            UPDATE delivery SET lease_until = now() + :lease * interval '1 millisecond', lease_token = :token,
                                                first_attempt_at = coalesce(first_attempt_at, now())
                            WHERE id = ANY(:ids)
                            """)
                    .setParameter("lease", config.dispatch().lease().toMillis())
                    .setParameter("token", token)
                    .setParameter("ids", claims.stream().map(Claim::deliveryId).toArray(UUID[]::new))
                    .executeUpdate();
        }
        return claims;
    }

    /**
     * Records an attempt: a success ends the delivery; a failure schedules the next attempt, or ends it as
     * FAILED after the last one or on 410 Gone, and then disables the subscription if nothing of it has
     * succeeded since this delivery's first attempt (or at once on 410).
     */
    @Transactional
    public void record(Claim claim, Attempt attempt) {
        em.createNativeQuery("""
                        INSERT INTO delivery_attempt (delivery_id, attempted_at, status_code, error, duration_ms)
                        VALUES (:delivery, now() - :duration * interval '1 millisecond', :status, :error, :duration)
                        """)
                .setParameter("delivery", claim.deliveryId())
                .setParameter("duration", (int) Math.min(Integer.MAX_VALUE, attempt.durationMillis()))
                .setParameter("status", attempt.statusCode())
                .setParameter("error", attempt.error())
                .executeUpdate();
        int attempts = claim.attempts() + 1;
        if (attempt.succeeded()) {
            finish(claim, attempts, "SUCCEEDED");
            em.createNativeQuery("UPDATE subscription SET last_success_at = now() WHERE id = :id")
                    .setParameter("id", claim.subscriptionId()).executeUpdate();
            return;
        }
        boolean gone = Integer.valueOf(410).equals(attempt.statusCode());
        if (!gone && attempts < config.retry().schedule().size()) {
            em.createNativeQuery("""
                            UPDATE delivery SET attempts = :attempts, next_attempt_at = now() + :delay * interval '1 millisecond',
                                                lease_until = NULL, lease_token = NULL
                            WHERE id = :id AND lease_token = :token
                            """)
                    .setParameter("attempts", attempts)
                    .setParameter("delay", delayMillis(attempts))
                    .setParameter("id", claim.deliveryId())
                    .setParameter("token", claim.leaseToken())
                    .executeUpdate();
            return;
        }
        if (!finish(claim, attempts, "FAILED")) {
            return;
        }
        if (gone) {
            disable(claim.subscriptionId(), "the endpoint answered 410 Gone");
        } else if (failingSinceFirstAttempt(claim)) {
            disable(claim.subscriptionId(), "every delivery failed since " + firstAttempt(claim) + " ("
                    + attempts + " attempts of delivery " + claim.deliveryId() + ", the last: "
                    + (attempt.statusCode() != null ? "status " + attempt.statusCode() : attempt.error()) + ")");
        }
    }

    /** Ends a delivery; false when this replica no longer held its lease (another took it over). */
    private boolean finish(Claim claim, int attempts, String state) {
        return em.createNativeQuery("""
                        UPDATE delivery SET state = :state, attempts = :attempts, finished_at = now(),
                                            lease_until = NULL, lease_token = NULL
                        WHERE id = :id AND lease_token = :token
                        """)
                .setParameter("state", state)
                .setParameter("attempts", attempts)
                .setParameter("id", claim.deliveryId())
                .setParameter("token", claim.leaseToken())
                .executeUpdate() == 1;
    }

    private boolean failingSinceFirstAttempt(Claim claim) {
        Object count = em.createNativeQuery("""
                        SELECT count(*) FROM subscription s, delivery d
                        WHERE s.id = :subscription AND d.id = :delivery
                          AND (s.last_success_at IS NULL OR s.last_success_at < d.first_attempt_at)
                        """)
                .setParameter("subscription", claim.subscriptionId())
                .setParameter("delivery", claim.deliveryId())
                .getSingleResult();
        return ((Number) count).intValue() == 1;
    }

    private OffsetDateTime firstAttempt(Claim claim) {
        return (OffsetDateTime) em.createNativeQuery("SELECT first_attempt_at FROM delivery WHERE id = :id", OffsetDateTime.class)
                .setParameter("id", claim.deliveryId()).getSingleResult();
    }

    /**
     * Disables an active subscription, records why, logs it and tells its owner through their other
     * subscriptions that ask for {@value EventTypes#WEBHOOK_DISABLED}.
     */
    void disable(UUID subscriptionId, String reason) {
        int changed = em.createNativeQuery("""
                        UPDATE subscription SET state = 'DISABLED', disabled_reason = :reason, disabled_at = now(),
                                                updated_at = now(), version = version + 1
                        WHERE id = :id AND state = 'ACTIVE'
                        """)
                .setParameter("reason", reason.length() > 500 ? reason.substring(0, 500) : reason)
                .setParameter("id", subscriptionId)
                .executeUpdate();
        if (changed == 0) {
            return;
        }
        Subscription disabled = subscriptions.findById(subscriptionId);
        em.refresh(disabled);
        LOG.warnf("Webhook %s of %s to %s disabled: %s", disabled.id, disabled.owner, disabled.url, reason);
        String notice = Notices.disabled(disabled);
        for (Subscription other : subscriptions.list("owner = ?1 and state = ?2 and id <> ?3", disabled.owner,
                Subscription.State.ACTIVE, subscriptionId)) {
            if (EventTypes.matchesAny(other.typeList(), EventTypes.WEBHOOK_DISABLED)) {
                enqueue(other.id, Notices.id(notice), EventTypes.WEBHOOK_DISABLED, subscriptionId.toString(), notice);
            }
        }
    }

    /** Queues one delivery again, as a new delivery with the same event (and webhook-id); answers its id. */
    @Transactional
    public UUID redeliver(UUID deliveryId) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                        INSERT INTO delivery (id, subscription_id, event_id, event_type, subject, body, state, attempts,
                                              next_attempt_at, created_at, redelivery_of)
                        SELECT :id, subscription_id, event_id, event_type, subject, body, 'PENDING', 0, now(), now(), id
                        FROM delivery WHERE id = :delivery
                        """)
                .setParameter("id", id)
                .setParameter("delivery", deliveryId)
                .executeUpdate();
        return id;
    }

    /**
     * Queues again every event delivered (or tried) to a subscription since a point in time, once each and
     * in feed order, at most {@code max}; answers how many.
     */
    @Transactional
    public int redeliverSince(UUID subscriptionId, OffsetDateTime since, int max) {
        return em.createNativeQuery("""
                        INSERT INTO delivery (id, subscription_id, event_id, event_type, subject, body, state, attempts,
                                              next_attempt_at, created_at, redelivery_of)
                        SELECT gen_random_uuid(), x.subscription_id, x.event_id, x.event_type, x.subject, x.body,
                               'PENDING', 0, now(), now(), x.id
                        FROM (SELECT DISTINCT ON (event_id) * FROM delivery
                              WHERE subscription_id = :subscription AND created_at >= :since
                              ORDER BY event_id, seq) x
                        ORDER BY x.seq
                        LIMIT :max
                        """)
                .setParameter("subscription", subscriptionId)
                .setParameter("since", since)
                .setParameter("max", max)
                .executeUpdate();
    }

    /** The delay before attempt {@code index} (0: the first). */
    private long delayMillis(int index) {
        List<Duration> schedule = config.retry().schedule();
        return schedule.get(Math.min(index, schedule.size() - 1)).toMillis();
    }
}
