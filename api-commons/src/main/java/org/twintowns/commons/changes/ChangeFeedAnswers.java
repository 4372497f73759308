package org.twintowns.commons.changes;

import org.twintowns.commons.http.PublicCaching;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.PreferWait;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.problem.ProblemType;

/**
 * What every service's change feed resource answers: a page of events after the cursor, at once when
 * there are any, else after a long poll of at most the {@code Prefer: wait} the client gave. A waiting
 * client holds no thread (see {@link ChangeSignals}).
 */
@ApplicationScoped
public class ChangeFeedAnswers {

    public static final ProblemType CURSOR_EXPIRED = ProblemType.of("cursor-expired", "Cursor expired");
    public static final String DESCRIPTION = "The changes of this service, oldest first, as CloudEvents 1.0 "
            + "events (JSON format), from a cursor: an ordered, resumable feed. Each change is in the feed once its "
            + "write committed, never before and never when the write was rolled back, and events about one resource "
            + "are in the order they happened. Continue with `after` = the answer's `next` (also in `Link: rel=next`); "
            + "with `Prefer: wait=N` an answer with no events waits up to N seconds for the next one (long poll). "
            + "Only what anonymous readers may see is in it: no drafts, no embargoed items, no internal contacts, no "
            + "registrations. Events are kept 30 days: a cursor older than that gets 410 (`cursor-expired`); start "
            + "again from a full read of the lists. Types:";

    @Inject
    ChangeFeed feed;

    @Inject
    ChangeSignals signals;

    public Uni<RestResponse<String>> answer(FeedQuery query, UriInfo uri) {
        long after = start(query.after);
        Set<String> types = query.type == null ? Set.of() : Set.copyOf(query.type);
        int size = query.size;
        int wait = PreferWait.seconds(query.prefer);
        // Built now, on the request's thread: the request's context is gone when a long poll ends.
        UriBuilder next = uri.getRequestUriBuilder();
        ChangeFeed.Batch batch = feed.after(after, size, types);
        if (!batch.events().isEmpty() || wait == 0) {
            return Uni.createFrom().item(respond(batch, next, wait));
        }
        return Uni.createFrom().completionStage(signals.await(batch.next(), Duration.ofSeconds(wait)))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(woken -> respond(feed.after(batch.next(), size, types), next, wait));
    }

    private long start(String after) {
        if (after == null) {
            return feed.horizon();
        }
        if (FeedQuery.NOW.equals(after)) {
            return feed.head();
        }
        long position = Long.parseLong(after);
        long horizon = feed.horizon();
        if (position < horizon) {
            throw new ProblemException(CURSOR_EXPIRED, 410, "The events after " + position + " up to " + horizon
                    + " are no longer kept. Read the lists again (sort=updatedAt), then follow the feed from after=now.");
        }
        return position;
    }

    private static RestResponse<String> respond(ChangeFeed.Batch batch, UriBuilder next, int wait) {
        StringBuilder body = new StringBuilder(64 + batch.events().stream().mapToInt(String::length).sum());
        body.append("{\"events\":[");
        for (int i = 0; i < batch.events().size(); i++) {
            body.append(i == 0 ? "" : ",").append(batch.events().get(i));
        }
        body.append("],\"next\":\"").append(batch.next()).append("\"}");
        URI link = next.clone().replaceQueryParam("after", batch.next()).build();
        RestResponse.ResponseBuilder<String> response = RestResponse.ResponseBuilder.ok(body.toString(),
                        MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, PublicCaching.ALWAYS_REVALIDATE)
                .header("Link", "<" + link.getRawPath() + "?" + link.getRawQuery() + ">; rel=\"next\"");
        if (wait > 0) {
            response.header(PreferWait.APPLIED, "wait=" + wait);
        }
        return response.build();
    }
}
