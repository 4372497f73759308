package org.twintowns.news.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.twintowns.commons.persistence.TrackedEntity;

/** A press release or news item about municipal partnerships. */
@Entity
@Table(name = "news_item")
public class NewsItem extends TrackedEntity {

    /** Where an item is in its editorial life; see {@link StatusTransitions}. */
    @Schema(name = "NewsItemStatus")
    public enum Status { DRAFT, SCHEDULED, PUBLISHED, WITHDRAWN }

    @Column(nullable = false, unique = true, length = 160)
    public String slug;

    @Column(nullable = false, length = 300)
    public String headline;

    @Column(length = 1000)
    public String lead;

    /** Sanitized HTML with simple formatting only (see {@code BodyHtml}). */
    @Column(nullable = false, columnDefinition = "text")
    public String body;

    /** The body without markup, for search and snippets. */
    @Column(name = "body_text", nullable = false, columnDefinition = "text")
    public String bodyText;

    /** ISO 639-1, such as de. */
    @Column(nullable = false, length = 2, columnDefinition = "bpchar(2)")
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /**
     * When the item is or was public: for PUBLISHED and WITHDRAWN items since when, for SCHEDULED
     * items the embargo (when it becomes public); null while it never was.
     */
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "issuer_municipality_id")
    public UUID issuerMunicipalityId;

    @Column(name = "issuer_name", length = 300)
    public String issuerName;

    @Column(name = "contact_name", length = 200)
    public String contactName;

    @Column(name = "contact_role", length = 200)
    public String contactRole;

    @Column(name = "contact_email", length = 254)
    public String contactEmail;

    @Column(name = "contact_phone", length = 50)
    public String contactPhone;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] topics = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "related_municipality_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] relatedMunicipalityIds = new UUID[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "related_partnership_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] relatedPartnershipIds = new UUID[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "related_event_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] relatedEventIds = new UUID[0];

    @Column(name = "created_by", length = 200)
    public String createdBy;

    @Column(name = "updated_by", length = 200)
    public String updatedBy;

    /**
     * The public visibility rule, the same one the queries apply: published, or scheduled with its
     * embargo passed. No job has to run for an embargo to end.
     */
    public boolean isPublicAt(OffsetDateTime now) {
        return isPublicAt(status, publishedAt, now);
    }

    /** {@link #isPublicAt(OffsetDateTime)} of an item read as columns. */
    public static boolean isPublicAt(Status status, OffsetDateTime publishedAt, OffsetDateTime now) {
        return status == Status.PUBLISHED
                || status == Status.SCHEDULED && publishedAt != null && !publishedAt.isAfter(now);
    }

    /** The status as readers see it: a scheduled item whose embargo has passed is published. */
    public Status effectiveStatus(OffsetDateTime now) {
        return effectiveStatus(status, publishedAt, now);
    }

    /** {@link #effectiveStatus(OffsetDateTime)} of an item read as columns. */
    public static Status effectiveStatus(Status status, OffsetDateTime publishedAt, OffsetDateTime now) {
        return status == Status.SCHEDULED && isPublicAt(status, publishedAt, now) ? Status.PUBLISHED : status;
    }

    /** The municipalities whose editors may see and change this item (none: admins only). */
    public Set<UUID> owners() {
        return issuerMunicipalityId == null ? Set.of() : Set.of(issuerMunicipalityId);
    }

    @PrePersist
    void publishOnCreate() {
        // An item stored as published without a publication time is published the moment it is stored.
        if (status == Status.PUBLISHED && publishedAt == null) {
            publishedAt = createdAt;
        }
    }
}
