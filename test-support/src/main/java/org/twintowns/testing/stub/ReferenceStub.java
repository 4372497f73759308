package org.twintowns.testing.stub;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for the services that own referenced records (partnerships-service's municipalities and
 * partnerships, events-service's events) the way their published API answers reference checks: the
 * list filtered by ids ({@code GET /api/v1/municipalities?id=..&id=..}) and one record
 * ({@code GET /api/v1/municipalities/{id}}). Every record exists, except those whose id a test made
 * with {@link #unknown()} (404) or {@link #gone()} (410); an id from {@link #unreachable()} drops the
 * connection and one from {@link #failing()} gets a 500, as if the service were down. A municipality is
 * in Germany unless a test placed it elsewhere ({@link #municipalityIn}), and has a name
 * ({@link #municipalityNamed}). The whole stub can be made
 * slow, broken or old ({@link #mode}). Applications under test check references with a deadline of
 * {@value #TIMEOUT}, which a slow stub misses. Look-ups of an id from {@link #held()} wait until the
 * test {@linkplain #release releases} them, so a test can act while a reference check is in flight.
 */
public class ReferenceStub extends StubServer {

    /** How the stub as a whole answers. */
    public enum Mode {
        /** As the real services do. */
        NORMAL,
        /** Every answer comes after {@link #SLOW_MILLIS}, long after the deadline. */
        SLOW,
        /** Every connection is dropped, as if the services were down. */
        BROKEN,
        /** Lists ignore the {@code id} filter, as the services did before they had it. */
        WITHOUT_ID_FILTER
    }

    /** The deadline of one attempt to check references, in the applications under test. */
    public static final String TIMEOUT = "1s";
    static final long SLOW_MILLIS = 3_000;

    private static final String UNKNOWN = "ffffffff";
    private static final String GONE = "99999999";
    private static final String UNREACHABLE = "deadbeef";
    private static final String FAILING = "eeeeeeee";
    private static final Pattern PATH = Pattern.compile("/api/v1/(municipalities|partnerships|events)(?:/([^/]+))?");

    /** The longest a held look-up waits, so that a test that never releases it still ends. */
    static final long MAX_HOLD_MILLIS = 15_000;

    private static final Map<String, String> COUNTRIES = new ConcurrentHashMap<>();
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();
    /** Held ids and how many look-ups of each wait for their release. */
    private static final Map<String, AtomicInteger> HELD = new ConcurrentHashMap<>();
    private static final Queue<Received> RECEIVED = new ConcurrentLinkedQueue<>();
    private static volatile Mode mode = Mode.NORMAL;

    /** A request that reached the stub: its URI and the request id it carried (null for none). */
    public record Received(String uri, String requestId) {
    }

    /** An id no service knows (404). */
    public static UUID unknown() {
        return withPrefix(UNKNOWN);
    }

    /** An id of a record that no longer exists (410). */
    public static UUID gone() {
        return withPrefix(GONE);
    }

    /** An id whose look-up finds the service down: the connection drops. */
    public static UUID unreachable() {
        return withPrefix(UNREACHABLE);
    }

    /** An id whose look-up gets a 500. */
    public static UUID failing() {
        return withPrefix(FAILING);
    }

    /** A new municipality in the given country (ISO 3166-1 alpha-2). */
    public static UUID municipalityIn(String country) {
        UUID id = UUID.randomUUID();
        COUNTRIES.put(id.toString(), country);
        return id;
    }

    /** A new municipality with this name (others are named after their id, as no real one is). */
    public static UUID municipalityNamed(String name) {
        UUID id = UUID.randomUUID();
        NAMES.put(id.toString(), name);
        return id;
    }

    /** A new record whose look-ups wait until {@link #release} (at most {@value #MAX_HOLD_MILLIS} ms). */
    public static UUID held() {
        UUID id = UUID.randomUUID();
        HELD.put(id.toString(), new AtomicInteger());
        return id;
    }

    /** How many look-ups of a {@link #held()} id wait at the stub now. */
    public static int waiting(UUID id) {
        AtomicInteger waiting = HELD.get(id.toString());
        return waiting == null ? 0 : waiting.get();
    }

    /** Lets the waiting look-ups of a {@link #held()} id have their answers; later ones are answered at once. */
    public static void release(UUID id) {
        HELD.remove(id.toString());
    }

    /** Makes the stub answer as {@code next} says, until the next call. */
    public static void mode(Mode next) {
        mode = next;
    }

    /** The requests that reached the stub with this text in their URI (tests use unique ids). */
    public static List<Received> received(String uriPart) {
        return RECEIVED.stream().filter(r -> r.uri().contains(uriPart)).toList();
    }

    private static UUID withPrefix(String prefix) {
        return UUID.fromString(prefix + UUID.randomUUID().toString().substring(prefix.length()));
    }

    @Override
    protected Map<String, String> configuration(String url) {
        mode = Mode.NORMAL;
        return Map.of(
                "twintowns.references.partnerships.url", url,
                "twintowns.references.partnerships.timeout", TIMEOUT,
                "twintowns.references.events.url", url,
                "twintowns.references.events.timeout", TIMEOUT);
    }

    @Override
    protected void handle(HttpServerRequest request) {
        RECEIVED.add(new Received(request.uri(), request.getHeader("X-Request-ID")));
        switch (mode) {
            case BROKEN -> request.connection().close();
            case SLOW -> vertx().setTimer(SLOW_MILLIS, timer -> answer(request));
            default -> answerOnceReleased(request);
        }
    }

    /** Answers at once, unless the request asks about a held id: then when the test releases it. */
    private void answerOnceReleased(HttpServerRequest request) {
        Matcher path = PATH.matcher(request.path());
        List<String> ids = !path.matches() ? List.of()
                : path.group(2) != null ? List.of(path.group(2)) : request.params().getAll("id");
        List<AtomicInteger> holds = ids.stream().map(HELD::get).filter(Objects::nonNull).toList();
        if (holds.isEmpty()) {
            answer(request);
            return;
        }
        holds.forEach(AtomicInteger::incrementAndGet);
        long until = System.currentTimeMillis() + MAX_HOLD_MILLIS;
        vertx().setPeriodic(20, timer -> {
            if (ids.stream().noneMatch(HELD::containsKey) || System.currentTimeMillis() > until) {
                vertx().cancelTimer(timer);
                holds.forEach(AtomicInteger::decrementAndGet);
                answer(request);
            }
        });
    }

    private void answer(HttpServerRequest request) {
        Matcher path = PATH.matcher(request.path());
        if (!path.matches()) {
            problem(request, 404);
            return;
        }
        String collection = path.group(1);
        List<String> ids = path.group(2) != null ? List.of(path.group(2)) : request.params().getAll("id");
        if (ids.stream().anyMatch(id -> id.startsWith(UNREACHABLE))) {
            request.connection().close();
        } else if (ids.stream().anyMatch(id -> id.startsWith(FAILING))) {
            problem(request, 500);
        } else if (path.group(2) != null) {
            one(request, collection, path.group(2));
        } else {
            list(request, collection, mode == Mode.WITHOUT_ID_FILTER ? List.of(UUID.randomUUID().toString()) : ids);
        }
    }

    private static void one(HttpServerRequest request, String collection, String id) {
        if (id.startsWith(UNKNOWN)) {
            problem(request, 404);
        } else if (id.startsWith(GONE)) {
            problem(request, 410);
        } else {
            request.response().putHeader("Content-Type", "application/json").end(record(collection, id).encode());
        }
    }

    /** One page holding every record of {@code ids} that exists, as the services' lists answer. */
    private static void list(HttpServerRequest request, String collection, List<String> ids) {
        JsonArray items = new JsonArray();
        ids.stream().distinct().filter(id -> !id.startsWith(UNKNOWN) && !id.startsWith(GONE))
                .forEach(id -> items.add(record(collection, id)));
        request.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                .put("items", items).put("page", 0).put("size", Math.max(1, ids.size()))
                .put("totalItems", items.size()).put("totalPages", 1).encode());
    }

    private static JsonObject record(String collection, String id) {
        JsonObject record = new JsonObject().put("id", id);
        return collection.equals("municipalities")
                ? record.put("country", COUNTRIES.getOrDefault(id, "DE")).put("name", NAMES.getOrDefault(id, "Gemeinde " + id))
                : record;
    }

    private static void problem(HttpServerRequest request, int status) {
        request.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject().put("status", status).encode());
    }
}
