package org.twintowns.news.item.mapping;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.twintowns.commons.export.Node;
import org.twintowns.commons.export.Source;
import org.twintowns.news.item.NewsItem;

/**
 * A public news item as a schema.org NewsArticle: the node of the bulk export and the answer to
 * {@code Accept: application/ld+json}, which a city's website embeds. Never its press contact.
 */
public final class NewsArticles {

    private NewsArticles() {
    }

    /**
     * A news item as exported.
     *
     * @param bodyText the body as plain text (the stored HTML's text)
     */
    public record NewsRow(UUID id, String slug, String headline, String lead, String bodyText, String language,
                          OffsetDateTime publishedAt, OffsetDateTime updatedAt, UUID issuerMunicipalityId,
                          String issuerName, List<String> topics, List<UUID> relatedMunicipalityIds,
                          List<UUID> relatedPartnershipIds, List<UUID> relatedEventIds) {
    }

    /** One stored item, with its issuer's name as the API shows it. */
    public static NewsRow row(NewsItem n, String issuerName) {
        return new NewsRow(n.id, n.slug, n.headline, n.lead, n.bodyText, n.language, n.publishedAt, n.updatedAt,
                n.issuerMunicipalityId, issuerName, List.of(n.topics), List.of(n.relatedMunicipalityIds),
                List.of(n.relatedPartnershipIds), List.of(n.relatedEventIds));
    }

    /**
     * headline, description (the lead), articleBody, datePublished and dateModified, inLanguage, the
     * municipalities it is about, the partnerships and events it mentions, and the publisher (the issuing
     * municipality or organisation).
     */
    public static Node node(NewsRow n, URI base) {
        String municipality = n.issuerMunicipalityId() == null ? null
                : base.resolve("api/v1/municipalities/" + n.issuerMunicipalityId()).toString();
        Node publisher = municipality == null && n.issuerName() == null ? null
                : Node.typed("GovernmentOrganization", municipality).with("name", n.issuerName())
                        .with("url", municipality);
        return Node.typed("NewsArticle", url(base, n))
                .with("identifier", n.id().toString())
                .with("headline", n.headline())
                .with("description", n.lead())
                .with("articleBody", n.bodyText())
                .with("inLanguage", n.language())
                .with("datePublished", n.publishedAt())
                .with("dateModified", n.updatedAt())
                .with("publisher", publisher)
                .with("about", n.relatedMunicipalityIds().stream().map(id -> Node.typed("Place",
                        base.resolve("api/v1/municipalities/" + id).toString())).toList())
                .with("mentions", Stream.concat(
                        n.relatedPartnershipIds().stream().map(id -> (Object) Node.typed("Thing",
                                base.resolve("api/v1/partnerships/" + id).toString())),
                        n.relatedEventIds().stream().map(id -> Node.typed("Event",
                                base.resolve("api/v1/events/" + id).toString()))).toList())
                .with("keywords", n.topics())
                .with("url", url(base, n))
                .with("license", Source.TWINTOWNS.licence().url);
    }

    public static String url(URI base, NewsRow n) {
        return base.resolve("api/v1/news/" + n.id()).toString();
    }
}
