package org.twintowns.news.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.commons.persistence.TrackedEntity;

/** A press release or news item about municipal partnerships. */
@Entity
@Table(name = "news_item")
public class NewsItem extends TrackedEntity {

    /** Where an item is in its editorial life; only published items are public. */
    @Schema(name = "NewsItemStatus")
    public enum Status { DRAFT, SCHEDULED, PUBLISHED, WITHDRAWN }

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

    @PrePersist
    void publishOnCreate() {
        // An item stored as published without a publication time is published the moment it is stored.
        if (status == Status.PUBLISHED && publishedAt == null) {
            publishedAt = createdAt;
        }
    }
}
