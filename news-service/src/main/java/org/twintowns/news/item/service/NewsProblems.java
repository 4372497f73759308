package org.twintowns.news.item.service;

import java.util.UUID;
import java.util.stream.Collectors;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.news.item.NewsItem;
import org.twintowns.news.item.StatusTransitions;

/** The problems specific to news items. */
final class NewsProblems {

    static final ProblemType INVALID_TRANSITION = ProblemType.of("invalid-transition", "Invalid status transition");

    private NewsProblems() {
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("news item", id);
    }

    static ProblemException duplicateSlug(String slug) {
        return ProblemException.conflict("A news item with slug '" + slug + "' already exists.");
    }

    static ProblemException invalidTransition(NewsItem.Status from, NewsItem.Status to) {
        String allowed = StatusTransitions.next(from).stream().map(Enum::name).sorted()
                .collect(Collectors.joining(", "));
        return new ProblemException(INVALID_TRANSITION, 409,
                "A " + from + " item cannot become " + to + "; it can become " + allowed + ".");
    }
}
