package org.twintowns.news.item.mapping;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.twintowns.news.item.NewsItem;
import org.twintowns.news.item.repository.NewsRow;
import org.twintowns.news.item.rest.NewsItemRequest;
import org.twintowns.news.item.rest.NewsItemSnapshot;
import org.twintowns.news.item.rest.NewsItemView;
import org.twintowns.news.item.rest.PressContact;
import org.twintowns.news.media.NewsMedia;
import org.twintowns.news.media.mapping.MediaMapper;
import org.twintowns.news.text.BodyHtml;

/** Converts between the API records and the entity; the only place that knows both. */
public final class NewsItemMapper {

    private NewsItemMapper() {
    }

    /** The item as clients see it, with its media (in order) and their credits. */
    public static NewsItemView toView(NewsItem n, List<NewsMedia> media, OffsetDateTime now) {
        return toView(NewsRow.of(n), media, now);
    }

    /** The item read as a row as clients see it, with its media (in order) and their credits. */
    public static NewsItemView toView(NewsRow n, List<NewsMedia> media, OffsetDateTime now) {
        NewsItem.Status status = n.effectiveStatus(now);
        OffsetDateTime publishAt = status == NewsItem.Status.SCHEDULED ? n.publishedAt() : null;
        OffsetDateTime publishedAt = status == NewsItem.Status.SCHEDULED || status == NewsItem.Status.DRAFT
                ? null : n.publishedAt();
        return new NewsItemView(n.id(), n.slug(), n.headline(), n.lead(), n.body(), n.language(), status, publishAt,
                publishedAt, n.issuerMunicipalityId(), n.issuerName(),
                contact(n.contactName(), n.contactRole(), n.contactEmail(), n.contactPhone()),
                n.topics(), n.relatedMunicipalityIds(), n.relatedPartnershipIds(), n.relatedEventIds(),
                MediaMapper.toViews(media), n.createdAt(), n.updatedAt());
    }

    public static NewsItemSnapshot toSnapshot(NewsItem n, List<NewsMedia> media) {
        return new NewsItemSnapshot(n.version, n.slug, n.headline, n.lead, n.body, n.language, n.status, n.publishedAt,
                n.issuerMunicipalityId, n.issuerName, contact(n), List.of(n.topics),
                List.of(n.relatedMunicipalityIds), List.of(n.relatedPartnershipIds), List.of(n.relatedEventIds),
                MediaMapper.toViews(media));
    }

    /**
     * The request a client derives from the item: its editable content, as a value that compares by
     * content. Writes compare it before and after a change ({@code Changes.apply}), so that any
     * change moves the version and an identical replace changes nothing.
     */
    public static NewsItemRequest toRequest(NewsItem n) {
        return new NewsItemRequest(n.headline, n.slug, n.lead, n.body, n.language, null, n.issuerMunicipalityId,
                n.issuerName, contact(n), List.of(n.topics), List.of(n.relatedMunicipalityIds),
                List.of(n.relatedPartnershipIds), List.of(n.relatedEventIds), n.publishedAt);
    }

    private static PressContact contact(NewsItem n) {
        return contact(n.contactName, n.contactRole, n.contactEmail, n.contactPhone);
    }

    /** The press contact of these parts; null when it has none. */
    private static PressContact contact(String name, String role, String email, String phone) {
        PressContact contact = new PressContact(name, role, email, phone);
        return PressContact.NONE.equals(contact) ? null : contact;
    }

    /** Copies the editable content of a request onto an item, sanitizing the body on the way in. */
    public static void apply(NewsItemRequest request, String slug, NewsItem n) {
        n.slug = slug;
        n.headline = request.headline().strip();
        n.lead = blankToNull(request.lead());
        n.body = BodyHtml.sanitize(request.body());
        n.bodyText = BodyHtml.toText(n.body);
        n.language = request.language();
        n.issuerMunicipalityId = request.issuerMunicipalityId();
        n.issuerName = blankToNull(request.issuerName());
        PressContact contact = request.pressContact();
        n.contactName = contact == null ? null : blankToNull(contact.name());
        n.contactRole = contact == null ? null : blankToNull(contact.role());
        n.contactEmail = contact == null ? null : blankToNull(contact.email());
        n.contactPhone = contact == null ? null : blankToNull(contact.phone());
        n.topics = orEmpty(request.topics()).stream().map(String::strip).distinct().toArray(String[]::new);
        n.relatedMunicipalityIds = distinct(request.relatedMunicipalityIds());
        n.relatedPartnershipIds = distinct(request.relatedPartnershipIds());
        n.relatedEventIds = distinct(request.relatedEventIds());
        if (request.publishedAt() != null) {
            // As the database gives it back, so that sending it again is no change.
            n.publishedAt = request.publishedAt().withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        }
    }

    private static UUID[] distinct(List<UUID> ids) {
        return orEmpty(ids).stream().distinct().toArray(UUID[]::new);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** For tests and feeds that need the arrays as lists. */
    public static <T> List<T> list(T[] values) {
        return Arrays.asList(values);
    }

    /**
     * Who issued the item, as a by-line: the organisation it names, else its municipality's name
     * from {@code municipalityNames}; null when neither is known (never the municipality's id).
     */
    public static String issuer(NewsItem n, Map<UUID, String> municipalityNames) {
        return n.issuerName != null ? n.issuerName
                : n.issuerMunicipalityId == null ? null : municipalityNames.get(n.issuerMunicipalityId);
    }

    /** Lead, body and press contact as one HTML fragment. */
    public static String html(NewsItem n) {
        StringBuilder html = new StringBuilder();
        if (n.lead != null) {
            html.append("<p><strong>").append(BodyHtml.escape(n.lead)).append("</strong></p>");
        }
        html.append(n.body);
        StringJoiner contact = new StringJoiner(", ");
        for (String part : new String[] {n.contactName, n.contactRole, n.contactEmail, n.contactPhone}) {
            if (part != null) {
                contact.add(BodyHtml.escape(part));
            }
        }
        if (contact.length() > 0) {
            html.append("<p>Pressekontakt: ").append(contact).append("</p>");
        }
        return html.toString();
    }
}
