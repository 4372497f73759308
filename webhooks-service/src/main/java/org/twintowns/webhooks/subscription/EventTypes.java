package org.twintowns.webhooks.subscription;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The event types a subscription may ask for, and its patterns: a type ({@code news.published}),
 * all types of one kind ({@code news.*}) or everything ({@code *}).
 */
public final class EventTypes {

    /** Sent to a subscriber's other subscriptions when one of theirs is disabled. */
    public static final String WEBHOOK_DISABLED = "webhook.disabled";

    /** The types of the services' feeds and this service's own; the AsyncAPI document's webhook messages. */
    public static final List<String> ALL = List.of(
            "municipality.created", "municipality.updated", "municipality.merged",
            "partnership.created", "partnership.updated", "partnership.status-changed",
            "event.created", "event.updated", "event.status-changed", "event.cancelled",
            "news.published", "news.updated", "news.withdrawn",
            WEBHOOK_DISABLED);

    private static final Set<String> KINDS = Set.of("municipality", "partnership", "event", "news", "webhook");

    private EventTypes() {
    }

    /** Whether a pattern is one a subscription may give. */
    public static boolean isValidPattern(String pattern) {
        if (pattern.equals("*") || ALL.contains(pattern)) {
            return true;
        }
        return pattern.endsWith(".*") && KINDS.contains(pattern.substring(0, pattern.length() - 2));
    }

    public static boolean matches(String pattern, String type) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.endsWith(".*")) {
            return type.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(type);
    }

    public static boolean matchesAny(Collection<String> patterns, String type) {
        return patterns.stream().anyMatch(p -> matches(p, type));
    }
}
