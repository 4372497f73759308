package org.twintowns.events.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One entry of an event's status history: what it became, when, and why. */
@Embeddable
public class StatusChange {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Event.Status status;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public String reason;

    public StatusChange() {
    }

    public StatusChange(Event.Status status, Instant changedAt, String reason) {
        this.status = status;
        this.changedAt = changedAt;
        this.reason = reason;
    }
}
