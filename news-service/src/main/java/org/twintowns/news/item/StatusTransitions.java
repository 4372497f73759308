package org.twintowns.news.item;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.twintowns.news.item.NewsItem.Status;

/**
 * The editorial workflow: which status may follow which. A withdrawn item can go back to draft to
 * be reworked, but is never published again directly.
 */
public final class StatusTransitions {

    private static final Map<Status, Set<Status>> NEXT = Map.of(
            Status.DRAFT, EnumSet.of(Status.SCHEDULED, Status.PUBLISHED),
            Status.SCHEDULED, EnumSet.of(Status.DRAFT, Status.PUBLISHED, Status.WITHDRAWN),
            Status.PUBLISHED, EnumSet.of(Status.WITHDRAWN),
            Status.WITHDRAWN, EnumSet.of(Status.DRAFT));

    private StatusTransitions() {
    }

    public static boolean allowed(Status from, Status to) {
        return NEXT.get(from).contains(to);
    }

    public static Set<Status> next(Status from) {
        return NEXT.get(from);
    }
}
