package org.twintowns.commons.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What every owned record carries: a UUID, when it was created and last changed, and a version
 * for optimistic locking (and, later, ETags). Tables declare the columns {@code id},
 * {@code created_at}, {@code updated_at} and {@code version}.
 */
@MappedSuperclass
public abstract class TrackedEntity {

    @Id
    public UUID id;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        createdAt = now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = now();
    }

    /**
     * Marks the record changed although none of its own columns may have: moves {@code updatedAt},
     * which makes Hibernate raise the version at the next flush. See {@link Changes}.
     */
    public void touch() {
        updatedAt = now();
    }

    /** Now, cut to the microseconds PostgreSQL keeps, so a write's answer equals later reads. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
