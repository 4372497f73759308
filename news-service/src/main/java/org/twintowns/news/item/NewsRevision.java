package org.twintowns.news.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One change of a news item: who made it, when, what kind, and the full content before it. */
@Entity
@Table(name = "news_revision")
public class NewsRevision {

    @Id
    public UUID id;

    @Column(name = "news_item_id", nullable = false)
    public UUID newsItemId;

    /** 1 for the first change after creation, then counting up. */
    @Column(nullable = false)
    public int number;

    /** The token subject of whoever made the change, or {@code system:scheduler}. */
    @Column(nullable = false, length = 200)
    public String author;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** What kind of change, such as {@code UPDATED} or {@code STATUS DRAFT->PUBLISHED}. */
    @Column(nullable = false, length = 100)
    public String change;

    /** The item's content before the change, as JSON (a {@code NewsItemSnapshot}). */
    @Column(nullable = false, columnDefinition = "text")
    public String content;
}
