package org.twintowns.partnerships.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.commons.persistence.TrackedEntity;

/** One dated step in a partnership's history; recorded once, never changed. */
@Entity
@Table(name = "partnership_lifecycle_event")
public class LifecycleEvent {

    /** What happened. */
    @Schema(name = "LifecycleEventKind")
    public enum Kind {
        /** The partnership was founded. */
        ESTABLISHED,
        /** A municipal council decided on the partnership. */
        COUNCIL_DECISION,
        /** The partnership charter was signed. */
        CHARTER_SIGNED,
        /** Put on hold, with a reason. */
        SUSPENDED,
        /** Ended, with a reason. */
        ENDED,
        /** Active again after a suspension or an end. */
        REACTIVATED
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partnership_id")
    public Partnership partnership;

    /** Index in the history, from 0. */
    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    public String reason;

    public String note;

    /** When the event was entered into the registry, as opposed to when it happened. */
    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    protected LifecycleEvent() {
    }

    LifecycleEvent(Partnership partnership, int position, Kind kind, LocalDate occurredOn, String reason,
                   String note) {
        this.partnership = partnership;
        this.position = position;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.reason = reason;
        this.note = note;
    }

    @PrePersist
    void prepare() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        if (recordedAt == null) {
            recordedAt = TrackedEntity.now();
        }
    }
}
