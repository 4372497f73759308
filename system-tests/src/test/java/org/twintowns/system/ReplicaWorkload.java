package org.twintowns.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import org.twintowns.testing.TestTokens;

/**
 * What ReplicasIT does once with one news-service behind one gateway and once with two behind two:
 * concurrent creates (each key sent twice at once, through different gateways when there are two),
 * conditional updates racing on one item, items scheduled to be published, and anonymous requests
 * until the shared rate limit refuses one. Requests go round-robin over the gateways. The figures it
 * returns are what the test compares and prints.
 */
final class ReplicaWorkload {

    /** Outcomes of the creates: one item per key is the promise, whatever the answers. */
    record Creates(int keys, int requests, Map<String, Integer> answers, double perSecond) {
    }

    /** Outcomes of the conditional updates: every 200 must show in the item's final counter. */
    record Updates(int succeeded, int refused, Map<String, Integer> answers, int finalCounter, double perSecond) {
    }

    /**
     * Items scheduled to be published, how many were, the news.published events told of them, and the
     * webhook deliveries of those events (all of them, and for how many items).
     */
    record Publishing(int scheduled, int published, int events, int deliveries, int itemsDelivered, long millis) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final int CLIENTS = 8;

    private final List<URI> gateways;
    private final String issuer;
    private final String marker;
    private final String token = TestTokens.admin();
    private final AtomicInteger turn = new AtomicInteger();

    ReplicaWorkload(List<URI> gateways, String issuer, String marker) {
        this.gateways = gateways;
        this.issuer = issuer;
        this.marker = marker;
    }

    /** {@code keys} creates, each sent twice at once with the same Idempotency-Key. */
    Creates creates(int keys) throws Exception {
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        List<Callable<Void>> requests = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            String key = marker + "-create-" + k;
            String body = newsBody("Replik " + marker + " " + k, "");
            for (int copy = 0; copy < 2; copy++) {
                int gateway = k + copy;
                requests.add(() -> {
                    HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(gateway, "/api/v1/news"))
                            .header("Idempotency-Key", key).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
                    String outcome = answer.statusCode()
                            + (answer.headers().firstValue("Idempotent-Replayed").isPresent() ? " replayed" : "");
                    answers.merge(outcome, 1, Integer::sum);
                    return null;
                });
            }
        }
        long started = System.nanoTime();
        runAll(requests);
        return new Creates(keys, requests.size(), new TreeMap<>(answers), perSecond(requests.size(), started));
    }

    /**
     * {@code writers} clients each raising one item's counter (in its headline) {@code each} times: read
     * it with its ETag, write counter + 1 with If-Match, and on 412 read again.
     */
    Updates updates(int writers, int each) throws Exception {
        String id = create(newsBody("Zaehler " + marker + " 0", ""));
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        List<Callable<Void>> clients = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            clients.add(() -> {
                for (int done = 0; done < each; ) {
                    int gateway = turn.getAndIncrement();
                    HttpResponse<String> read = send(HttpRequest.newBuilder(uri(gateway, "/api/v1/news/" + id)).GET());
                    String headline = JSON.readTree(read.body()).path("headline").asText();
                    int counter = Integer.parseInt(headline.substring(headline.lastIndexOf(' ') + 1));
                    int writeVia = turn.getAndIncrement();
                    HttpResponse<String> write = send(HttpRequest.newBuilder(uri(writeVia, "/api/v1/news/" + id))
                            .header("If-Match", read.headers().firstValue("ETag").orElseThrow())
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(newsBody("Zaehler " + marker + " " + (counter + 1), ""))));
                    answers.merge(String.valueOf(write.statusCode()), 1, Integer::sum);
                    if (write.statusCode() == 200) {
                        done++;
                    } else if (write.statusCode() == 412) {
                        refused.incrementAndGet();
                    } else if (write.statusCode() != 409) {
                        // 409 (a deadlock or serialization failure, stored nothing) is tried again; anything else ends this writer.
                        return null;
                    }
                }
                return null;
            });
        }
        long started = System.nanoTime();
        runAll(clients);
        double perSecond = perSecond(answers.values().stream().mapToInt(Integer::intValue).sum(), started);
        String headline = JSON.readTree(send(HttpRequest.newBuilder(uri(0, "/api/v1/news/" + id)).GET()).body())
                .path("headline").asText();
        return new Updates(answers.getOrDefault("200", 0), refused.get(), new TreeMap<>(answers),
                Integer.parseInt(headline.substring(headline.lastIndexOf(' ') + 1)), perSecond);
    }

    /**
     * {@code count} items scheduled a few seconds ahead (by {@link #CLIENTS} clients at once); waits until
     * they are published, then reads the change feed. {@code millis}: from the last embargo's end until all were.
     */
    Publishing publishing(int count, Duration patience, DeliveryCounter receiver) throws Exception {
        String hook = "/hook/" + marker;
        HttpResponse<String> subscribed = send(HttpRequest.newBuilder(uri(0, "/api/v1/webhooks"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + receiver.url(hook)
                        + "\", \"types\": [\"news.published\"], \"description\": \"ReplicasIT\"}")));
        if (subscribed.statusCode() != 201) {
            throw new AssertionError("subscribing answered " + subscribed.statusCode() + ": " + subscribed.body());
        }
        String cursor = JSON.readTree(send(HttpRequest.newBuilder(uri(0, "/api/v1/changes/news?after=now")).GET())
                .body()).path("next").asText();
        // Each item its own embargo, a moment after it is scheduled however slow the machine is; the latest counts.
        java.util.concurrent.atomic.AtomicReference<OffsetDateTime> latest = new java.util.concurrent.atomic.AtomicReference<>();
        List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> scheduling = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String headline = "Sperrfrist " + marker + " " + i;
            scheduling.add(() -> {
                String id = create(newsBody(headline, ""));
                int gateway = turn.getAndIncrement();
                String etag = send(HttpRequest.newBuilder(uri(gateway, "/api/v1/news/" + id)).GET())
                        .headers().firstValue("ETag").orElseThrow();
                OffsetDateTime embargo = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
                latest.accumulateAndGet(embargo, (a, b) -> a == null || b.isAfter(a) ? b : a);
                HttpResponse<String> moved = send(HttpRequest.newBuilder(uri(gateway, "/api/v1/news/" + id + "/status"))
                        .header("If-Match", etag).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"status\": \"SCHEDULED\", \"publishAt\": \"" + embargo + "\"}")));
                if (moved.statusCode() != 200) {
                    throw new AssertionError("scheduling answered " + moved.statusCode() + ": " + moved.body());
                }
                ids.add(id);
                return null;
            });
        }
        runAll(scheduling);
        long deadline = System.nanoTime() + patience.toNanos();
        int published = 0;
        while (System.nanoTime() - deadline < 0) {
            published = countWhere(ids, item -> "PUBLISHED".equals(item.path("status").asText()) ? 1 : 0);
            if (published == count) {
                break;
            }
            Thread.sleep(200);
        }
        long millis = Duration.between(latest.get().toInstant(), java.time.Instant.now()).toMillis();
        // The feed shows a change once every transaction before it has ended: read it again until all are there.
        int events;
        while (true) {
            events = 0;
            for (JsonNode event : feedAfter(cursor)) {
                if ("news.published".equals(event.path("type").asText()) && ids.contains(event.path("subject").asText())) {
                    events++;
                }
            }
            if (events >= count || System.nanoTime() - deadline >= 0) {
                break;
            }
            Thread.sleep(200);
        }
        // Every delivery, then a moment for any second one a replica might send.
        while (System.nanoTime() - deadline < 0 && receiver.to(hook).size() < count) {
            Thread.sleep(200);
        }
        Thread.sleep(1000);
        List<DeliveryCounter.Delivery> delivered = receiver.to(hook).stream().filter(d -> ids.contains(d.subject())).toList();
        int itemsDelivered = (int) delivered.stream().map(DeliveryCounter.Delivery::subject).distinct().count();
        return new Publishing(count, published, events, delivered.size(), itemsDelivered, millis);
    }

    /** Anonymous reads, round-robin over the gateways, until the first 429: how many were let through. */
    int requestsUntilLimited(int atMost) throws Exception {
        for (int i = 0; i < atMost; i++) {
            int gateway = turn.getAndIncrement();
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri(gateway, "/api/v1/news?size=1")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 429) {
                return i;
            }
            if (answer.statusCode() != 200) {
                throw new AssertionError("an anonymous read answered " + answer.statusCode() + ": " + answer.body());
            }
        }
        return atMost;
    }

    private int countWhere(List<String> ids, ToIntFunction<JsonNode> test) throws IOException, InterruptedException {
        int count = 0;
        for (String id : ids) {
            int gateway = turn.getAndIncrement();
            count += test.applyAsInt(JSON.readTree(send(HttpRequest.newBuilder(uri(gateway, "/api/v1/news/" + id)).GET()).body()));
        }
        return count;
    }

    private List<JsonNode> feedAfter(String cursor) throws IOException, InterruptedException {
        List<JsonNode> events = new ArrayList<>();
        String after = cursor;
        while (true) {
            JsonNode page = JSON.readTree(send(HttpRequest.newBuilder(uri(0, "/api/v1/changes/news?size=1000&after=" + after))
                    .GET()).body());
            page.path("events").forEach(events::add);
            after = page.path("next").asText();
            if (page.path("events").isEmpty()) {
                return events;
            }
        }
    }

    private String create(String body) throws IOException, InterruptedException {
        int gateway = turn.getAndIncrement();
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri(gateway, "/api/v1/news"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (created.statusCode() != 201) {
            throw new AssertionError("a create answered " + created.statusCode() + ": " + created.body());
        }
        return JSON.readTree(created.body()).path("id").asText();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(int gateway, String path) {
        return gateways.get(Math.floorMod(gateway, gateways.size())).resolve(path);
    }

    private String newsBody(String headline, String extra) {
        return """
                {"headline": "%s", "lead": "Kurz.", "body": "<p>Text.</p>", "language": "de",
                 "issuerMunicipalityId": "%s"%s}""".formatted(headline, issuer, extra);
    }

    private static void runAll(List<? extends Callable<Void>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double perSecond(int requests, long startedNanos) {
        return requests / (Duration.ofNanos(System.nanoTime() - startedNanos).toMillis() / 1000.0);
    }
}
