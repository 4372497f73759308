package org.twintowns.news.item.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.commons.text.Slugs;
import org.twintowns.commons.validation.CheckedBy;
import org.twintowns.news.item.NewsItem;
import org.twintowns.news.item.service.NewsItemRules;

/** What a client sends to write a news item (create and replace). */
@Schema(name = "NewsItemRequest")
@CheckedBy(NewsItemRules.class)
public record NewsItemRequest(
        @Schema(description = "Headline in the item's language; plain text", examples = "Jena empfängt Delegation aus Brovary")
        @NotBlank @Size(max = 300)
        String headline,

        @Schema(description = "URL-safe identifier; derived from the headline when omitted (kept on replace)",
                examples = "jena-empfangt-delegation-aus-brovary")
        @Size(max = 160) @Pattern(regexp = Slugs.PATTERN,
                message = "must be lowercase letters and digits separated by single hyphens")
        String slug,

        @Schema(description = "Short summary shown in lists and feeds; plain text",
                examples = "Vertreter der Partnerstadt besuchen Jena am 1. und 2. Dezember.")
        @Size(max = 1000)
        String lead,

        @Schema(description = "Full text; simple HTML (p, br, strong, em, ul, ol, li, a with http/https/mailto "
                + "links, blockquote, h2-h4) is kept, everything else is removed",
                examples = "<p>Im Mittelpunkt stehen die <strong>medizinische Rehabilitation</strong> und die Feuerwehr.</p>")
        @NotBlank @Size(max = 50_000)
        String body,

        @Schema(description = "ISO 639-1 language code of the text", examples = "de", maxLength = 2)
        @NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as de")
        String language,

        @Schema(description = "On create: DRAFT (the default; not public) or PUBLISHED (public at once). "
                + "Later changes go through POST /api/v1/news/{id}/status; on replace it may only repeat the current status.",
                examples = "PUBLISHED", enumeration = {"DRAFT", "PUBLISHED"},
                extensions = @Extension(name = "x-changed-by", value = "changeNewsItemStatus"))
        NewsItem.Status status,

        @Schema(description = "The issuing municipality (partnerships service id); editors may only write items "
                + "of the municipalities in their token. Give this or issuerName.",
                examples = "3f0c8a52-9a4e-4d0b-8f53-0d7a4b1f2c11")
        UUID issuerMunicipalityId,

        @Schema(description = "The issuing organisation when it is not a municipality (such items are admin-only)",
                examples = "Servicestelle Kommunen in der Einen Welt (SKEW)")
        @Size(max = 300)
        String issuerName,

        @Schema(description = "Press contact; published with the item")
        @Valid
        PressContact pressContact,

        @Schema(description = "Topics, such as fire-services or medical-rehabilitation", examples = "[\"solidarity\"]")
        @Size(max = 20)
        List<@NotBlank @Size(max = 60) @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N} _-]*",
                message = "must be letters, digits, spaces, hyphens or underscores") String> topics,

        @Schema(description = "Municipalities the item is about (partnerships service ids)")
        @Size(max = 50)
        List<@NotNull UUID> relatedMunicipalityIds,

        @Schema(description = "Partnerships the item is about (partnerships service ids)")
        @Size(max = 50)
        List<@NotNull UUID> relatedPartnershipIds,

        @Schema(description = "Events the item is about (events service ids)")
        @Size(max = 50)
        List<@NotNull UUID> relatedEventIds,

        @Schema(description = "When the item was first published, for a release that was published elsewhere before "
                + "it came here (an import, an archive): it keeps that date, and feeds, lists and search place it "
                + "there. Only for a PUBLISHED item and never in the future; omitted, a PUBLISHED item is published "
                + "the moment it is created. On replace, omitted keeps the date and a new one corrects it.",
                examples = "2022-12-05T10:30:00+01:00")
        OffsetDateTime publishedAt) {
}
