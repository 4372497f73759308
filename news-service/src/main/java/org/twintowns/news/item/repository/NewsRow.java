package org.twintowns.news.item.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.twintowns.news.item.NewsItem;

/**
 * A news item as a read sees it (a list, a GET by id, the answer to a write): its columns and its version, the
 * arrays as lists in their stored order. A value, not a managed entity: nothing to track or flush.
 */
public record NewsRow(
        UUID id,
        String slug,
        String headline,
        String lead,
        String body,
        String language,
        NewsItem.Status status,
        OffsetDateTime publishedAt,
        UUID issuerMunicipalityId,
        String issuerName,
        String contactName,
        String contactRole,
        String contactEmail,
        String contactPhone,
        List<String> topics,
        List<UUID> relatedMunicipalityIds,
        List<UUID> relatedPartnershipIds,
        List<UUID> relatedEventIds,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {

    /** The row of an entity read whole (a write's answer, the change feed), so that one mapping makes every view. */
    public static NewsRow of(NewsItem n) {
        return new NewsRow(n.id, n.slug, n.headline, n.lead, n.body, n.language, n.status, n.publishedAt,
                n.issuerMunicipalityId, n.issuerName, n.contactName, n.contactRole, n.contactEmail, n.contactPhone,
                List.of(n.topics), List.of(n.relatedMunicipalityIds), List.of(n.relatedPartnershipIds),
                List.of(n.relatedEventIds), n.createdAt, n.updatedAt, n.version);
    }

    /** The status as readers see it ({@link NewsItem#effectiveStatus}). */
    public NewsItem.Status effectiveStatus(OffsetDateTime now) {
        return NewsItem.effectiveStatus(status, publishedAt, now);
    }
}
