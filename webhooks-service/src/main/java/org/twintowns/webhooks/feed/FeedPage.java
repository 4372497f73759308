package org.twintowns.webhooks.feed;

import io.cloudevents.CloudEvent;
import java.util.List;

/** One page of a change feed: its events, the cursor after them, and whether the feed waited (long poll). */
public record FeedPage(List<CloudEvent> events, String next, boolean waited) {
}
