package org.twintowns.webhooks.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event to send to one subscription, with the state of its retries. Written with SQL of its own
 * (DeliveryStore: claims with FOR UPDATE SKIP LOCKED and leases); read through this entity.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    /** PENDING until an attempt succeeds (SUCCEEDED) or the retries run out or the receiver says 410 (FAILED). */
    public enum State { PENDING, SUCCEEDED, FAILED }

    @Id
    public UUID id;

    /** Feed order. */
    @Column(insertable = false, updatable = false)
    public long seq;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    /** The CloudEvent's id, which is the webhook-id of every attempt and redelivery. */
    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "lease_until")
    public OffsetDateTime leaseUntil;

    @Column(name = "lease_token")
    public UUID leaseToken;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "first_attempt_at")
    public OffsetDateTime firstAttemptAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Column(name = "redelivery_of")
    public UUID redeliveryOf;
}
