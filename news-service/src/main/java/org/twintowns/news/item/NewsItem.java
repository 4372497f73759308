package org.twintowns.news.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A press release or news item about municipal partnerships. */
@Entity
@Table(name = "news_item")
public class NewsItem {

    /** Where an item is in its editorial life; only published items are public. */
    @Schema(name = "NewsItemStatus")
    public enum Status { DRAFT, SCHEDULED, PUBLISHED, WITHDRAWN }

    @Id
    public UUID id;

    @Column(nullable = false, unique = true, length = 160)
    public String slug;

    @Column(nullable = false, length = 300)
    public String headline;

    @Column(length = 1000)
    public String lead;

    @Column(nullable = false, columnDefinition = "text")
    public String body;

    /** ISO 639-1, such as de. */
    @Column(nullable = false, length = 2, columnDefinition = "bpchar(2)")
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** Since when the item is public; null while it never was. */
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

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
        // An item stored as published without a publication time is published the moment it is stored.
        if (status == Status.PUBLISHED && publishedAt == null) {
            publishedAt = createdAt;
        }
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = now();
    }

    /**
     * The current time at the precision PostgreSQL stores, so that what a create returns equals
     * what a later read returns.
     */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
