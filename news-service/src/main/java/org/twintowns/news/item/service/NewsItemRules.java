package org.twintowns.news.item.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.twintowns.commons.persistence.TrackedEntity;
import org.twintowns.commons.validation.RequestRules;
import org.twintowns.commons.validation.Violations;
import org.twintowns.news.item.rest.NewsItemRequest;
import org.twintowns.news.text.BodyHtml;

/**
 * The checks of a news item that bean validation cannot express. They run with the request's
 * constraints ({@code @CheckedBy} on {@link NewsItemRequest}) and report every failure at once.
 */
public final class NewsItemRules implements RequestRules<NewsItemRequest> {

    /** Java still lists the withdrawn codes for Hebrew, Indonesian, Yiddish and Moldavian; only current ones count. */
    private static final Set<String> WITHDRAWN_LANGUAGE_CODES = Set.of("iw", "in", "ji", "mo");
    private static final Set<String> LANGUAGES = Arrays.stream(Locale.getISOLanguages())
            .filter(code -> !WITHDRAWN_LANGUAGE_CODES.contains(code))
            .collect(Collectors.toUnmodifiableSet());
    private static final NewsItemRules RULES = new NewsItemRules();

    static void check(NewsItemRequest request) {
        RequestRules.enforce(RULES, request);
    }

    @Override
    public void check(NewsItemRequest request, Violations violations) {
        // A language not of the form [a-z]{2} is already refused by its constraint.
        if (request.language() != null && request.language().matches("[a-z]{2}")) {
            violations.check(LANGUAGES.contains(request.language()), "language",
                    "'" + request.language() + "' is not an ISO 639-1 language code");
        }
        if (request.body() != null) {
            violations.check(!BodyHtml.toText(BodyHtml.sanitize(request.body())).isBlank(), "body",
                    "has no text left once disallowed markup is removed");
        }
        violations.check(request.issuerMunicipalityId() != null
                        || (request.issuerName() != null && !request.issuerName().isBlank()),
                "issuerMunicipalityId", "give the issuing municipality, or issuerName for an organisation");
        violations.check(request.publishedAt() == null || !request.publishedAt().isAfter(TrackedEntity.now()),
                "publishedAt", "must not be in the future; to publish an item later, schedule it");
    }
}
