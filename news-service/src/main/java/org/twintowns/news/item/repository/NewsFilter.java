package org.twintowns.news.item.repository;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.twintowns.news.item.NewsItem;

/**
 * The filters a client can combine when listing, searching or subscribing to news; null means
 * "any". {@code from} is inclusive and {@code to} exclusive, both on the publication time.
 *
 * @param status   null for the public view (the visibility rule); a status only for editors and admins
 * @param owners   with a status: the municipalities whose items the caller may see; null for admins
 */
public record NewsFilter(String language, String q, OffsetDateTime from, OffsetDateTime to,
                         UUID issuer, UUID municipality, UUID partnership, UUID event, String topic,
                         NewsItem.Status status, Set<UUID> owners) {

    public static NewsFilter publicView(String language, OffsetDateTime from, OffsetDateTime to, UUID issuer,
                                        UUID municipality, UUID partnership, UUID event, String topic) {
        return new NewsFilter(language, null, from, to, issuer, municipality, partnership, event, topic, null, null);
    }

    public NewsFilter withQuery(String query) {
        return new NewsFilter(language, query, from, to, issuer, municipality, partnership, event, topic, status, owners);
    }

    public NewsFilter withStatus(NewsItem.Status newStatus, Set<UUID> newOwners) {
        return new NewsFilter(language, q, from, to, issuer, municipality, partnership, event, topic, newStatus,
                newOwners);
    }
}
