package org.twintowns.testing.changes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * What every service's change feed promises, checked through HTTP only: committed writes come out as
 * CloudEvents 1.0 events (read here as plain JSON against the rules of the specification, not with the
 * SDK that wrote them), in commit order, to a follower that long-polls while others write, without a
 * gap or a repeat; a long poll waits and wakes; a bad cursor is a 400 problem. A service's test extends
 * it as a {@code @QuarkusTest}, naming its feed and how to make one public change.
 */
public abstract class ChangeFeedSuite {

    private static final int WRITERS = 4;
    private static final int WRITES_EACH = 5;

    private final String feedPath;

    protected ChangeFeedSuite(String feedPath) {
        this.feedPath = feedPath;
    }

    /** Makes one change that the feed must tell, and answers the id of the resource it changed. */
    protected abstract String change(int n);

    /** The event types the service's code records (its *Changes classes' TYPES). */
    protected abstract List<String> eventTypes();

    /** The cursor of the feed's head now. */
    protected String now() {
        return read("now", 0).getString("next");
    }

    /** One answer of the feed after {@code after}, waiting up to {@code waitSeconds} for an event. */
    protected JsonPath read(String after, int waitSeconds) {
        return given().queryParam("after", after).queryParam("size", 1000)
                .header("Prefer", "wait=" + waitSeconds).get(feedPath)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Every event after {@code after}, until the feed has no more. */
    protected List<Map<String, Object>> readAll(String after) {
        List<Map<String, Object>> events = new ArrayList<>();
        String cursor = after;
        while (true) {
            JsonPath page = read(cursor, 0);
            List<Map<String, Object>> batch = page.getList("events");
            events.addAll(batch);
            cursor = page.getString("next");
            if (batch.isEmpty()) {
                return events;
            }
        }
    }

    @Test
    void shouldTellACommittedChangeAsACloudEvent() {
        String cursor = now();
        String subject = change(0);

        List<Map<String, Object>> events = readAll(cursor);
        assertFalse(events.isEmpty(), "the change made no event");
        events.forEach(CloudEventRules::check);
        assertTrue(events.stream().anyMatch(e -> subject.equals(e.get("subject"))),
                "no event names " + subject + ": " + events);
    }

    @Test
    void shouldGiveAFollowerEveryChangeOnceInCommitOrderWhileOthersWrite() throws Exception {
        String start = now();
        Set<String> written = ConcurrentHashMap.newKeySet();
        List<Map<String, Object>> followed = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            Future<?> follower = pool.submit(() -> {
                String cursor = start;
                boolean drained = false;
                while (!drained) {
                    boolean stillWriting = writing.get();
                    JsonPath page = read(cursor, 1);
                    List<Map<String, Object>> batch = page.getList("events");
                    followed.addAll(batch);
                    cursor = page.getString("next");
                    // After the writers stopped, one empty answer means everything committed was read.
                    drained = !stillWriting && batch.isEmpty();
                }
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < WRITES_EACH; i++) {
                        written.add(change(1 + writer * WRITES_EACH + i));
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
            writing.set(false);
            follower.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        List<Map<String, Object>> reread = readAll(start);
        assertEquals(ids(reread), ids(followed), "the follower saw another sequence than a reader after the fact");
        List<String> sequences = followed.stream().map(e -> (String) e.get("sequence")).toList();
        assertEquals(sequences.stream().sorted().toList(), sequences, "the events are not in sequence order");
        assertEquals(Set.copyOf(sequences).size(), sequences.size(), "an event came twice");
        Set<Object> subjects = new java.util.HashSet<>(followed.stream().map(e -> e.get("subject")).toList());
        assertTrue(subjects.containsAll(written), "changes missing from the feed: " + written);
    }

    @Test
    void shouldWakeALongPollWhenAChangeCommits() throws Exception {
        // Woken, the poll answers soon after the commit; not woken, only when its 10 s are up. When the change
        // itself took so long to commit (a busy machine) that the two cannot be told apart, it is tried again.
        List<String> tooSlowToTell = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            String cursor = now();
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                long started = System.nanoTime();
                Future<ExtractableResponse<Response>> poll = pool.submit(() -> given().queryParam("after", cursor)
                        .header("Prefer", "wait=10").get(feedPath).then().statusCode(200).extract());
                Thread.sleep(500);
                String subject = change(99 - attempt);
                Duration committed = Duration.ofNanos(System.nanoTime() - started);
                ExtractableResponse<Response> answer = poll.get(20, TimeUnit.SECONDS);
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                if (committed.compareTo(Duration.ofSeconds(6)) > 0) {
                    tooSlowToTell.add("committed after " + committed + ", answered after " + took);
                    continue;
                }
                assertTrue(took.compareTo(Duration.ofMillis(9_500)) < 0,
                        "the long poll did not wake: answered after " + took + ", the change committed after " + committed);
                assertEquals("wait=10", answer.header("Preference-Applied"));
                List<Map<String, Object>> events = answer.jsonPath().getList("events");
                assertTrue(events.stream().anyMatch(e -> subject.equals(e.get("subject"))), events.toString());
                return;
            } finally {
                pool.shutdownNow();
            }
        }
        fail("every change took too long to commit to tell a woken poll from one that waited: " + tooSlowToTell);
    }

    @Test
    void shouldAnswerNothingNewAfterTheWait() {
        String cursor = now();
        long started = System.nanoTime();
        given().queryParam("after", cursor).header("Prefer", "wait=1").get(feedPath)
                .then().statusCode(200)
                .body("events.size()", equalTo(0))
                .body("next", equalTo(cursor))
                .header("Link", org.hamcrest.Matchers.containsString("after=" + cursor));
        assertTrue(System.nanoTime() - started >= Duration.ofMillis(900).toNanos(), "the answer did not wait");
    }

    @Test
    void shouldDocumentExactlyTheTypesTheCodeRecords() {
        List<String> documented = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getList("paths.'" + feedPath + "'.get.x-event-types.type");
        assertEquals(Set.copyOf(eventTypes()), Set.copyOf(documented),
                "x-event-types of " + feedPath + " (the AsyncAPI document is written from it)");
        assertEquals(eventTypes().size(), documented.size(), "a type is documented twice");
    }

    @Test
    void shouldRefuseACursorItDidNotGive() {
        for (String bad : List.of("abc", "-1", "12345678901234567890", "1.5")) {
            assertProblem(given().queryParam("after", bad).get(feedPath).then(), 400)
                    .body("errors[0].field", equalTo("after"));
        }
        assertProblem(given().queryParam("size", 0).get(feedPath).then(), 400);
        assertProblem(given().queryParam("size", 1001).get(feedPath).then(), 400);
    }

    private static List<Object> ids(List<Map<String, Object>> events) {
        return events.stream().map(e -> e.get("id")).toList();
    }
}
