package org.twintowns.webhooks.support;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.twintowns.testing.stub.StubServer;

/**
 * Stands in for the services' change feeds, {@code GET /api/v1/changes/{source}} as specified in
 * docs/webhooks.md: a cursor is the position in the source's list of events, {@code after=now} the head,
 * no cursor the oldest; {@code Prefer: wait} is not honoured (the follower then pauses between empty pages).
 * Tests publish events with {@link #publish}.
 */
public class FeedStub extends StubServer {

    private static final Map<String, List<JsonObject>> EVENTS = new ConcurrentHashMap<>();

    /** Publishes a CloudEvent on a feed; answers its id. */
    public static String publish(String source, String type, String subject, List<UUID> municipalities,
                                 List<String> countries, JsonObject data) {
        List<JsonObject> events = EVENTS.computeIfAbsent(source, s -> new CopyOnWriteArrayList<>());
        String id = UUID.randomUUID().toString();
        synchronized (events) {
            events.add(new JsonObject()
                    .put("specversion", "1.0").put("id", id)
                    .put("source", "/api/v1/" + (source.equals("registry") ? "municipalities" : source))
                    .put("type", type).put("subject", subject)
                    .put("time", OffsetDateTime.now(ZoneOffset.UTC).toString())
                    .put("datacontenttype", "application/json")
                    .put("sequence", String.valueOf(events.size() + 1))
                    .put("municipalities", String.join(" ", municipalities.stream().map(UUID::toString).toList()))
                    .put("countries", String.join(" ", countries))
                    .put("data", data));
        }
        return id;
    }

    /** An event about a news item of this municipality. */
    public static String news(String type, String subject, UUID municipality) {
        return publish("news", type, subject, List.of(municipality), List.of("DE"),
                new JsonObject().put("id", subject).put("headline", "Meldung " + subject));
    }

    @Override
    protected Map<String, String> configuration(String url) {
        return Map.of(
                "webhooks.sources.registry.url", url,
                "webhooks.sources.events.url", url,
                "webhooks.sources.news.url", url);
    }

    @Override
    protected void handle(HttpServerRequest request) {
        String source = request.path().substring(request.path().lastIndexOf('/') + 1);
        List<JsonObject> events = EVENTS.computeIfAbsent(source, s -> new CopyOnWriteArrayList<>());
        String after = request.getParam("after");
        int size = request.getParam("size") == null ? 100 : Integer.parseInt(request.getParam("size"));
        int from = after == null ? 0 : after.equals("now") ? events.size() : Integer.parseInt(after);
        JsonArray page = new JsonArray();
        int to = Math.min(events.size(), from + size);
        for (int i = from; i < to; i++) {
            page.add(events.get(i));
        }
        request.response().putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("events", page).put("next", String.valueOf(to)).encode());
    }
}
