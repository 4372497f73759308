package org.twintowns.testing.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.twintowns.testing.ListEndpointSuite.SyncFixture;

/**
 * A client walking a list in updatedAt order as the API tells it to: the items updated from
 * {@code since}, page by page along the {@code next} links, checking on the way what every page of
 * such a walk promises (its Link header goes on by cursor, never by page number; syncedUntil stays).
 */
public final class SyncWalk {

    private static final Pattern NEXT = Pattern.compile("<([^>]*)>;\\s*rel=\"?next\"?");
    private static final int MAX_PAGES = 500;

    private final SyncFixture fixture;
    private final OffsetDateTime since;

    /** One item as the list showed it: its key, its updatedAt and all its fields. */
    public record Item(List<String> key, OffsetDateTime updatedAt, Map<String, Object> fields) {
        @Override
        public String toString() {
            return key + "@" + updatedAt;
        }
    }

    /** The items of one page or more, the walk's syncedUntil, and the next link after them (null at the end). */
    public record Walked(List<Item> items, OffsetDateTime syncedUntil, String next) {
    }

    public SyncWalk(SyncFixture fixture, OffsetDateTime since) {
        this.fixture = fixture;
        this.since = since;
    }

    public SyncFixture fixture() {
        return fixture;
    }

    /**
     * The JSON of a public list at {@code url} once it shows an item: a list in updatedAt order shows what was
     * written before its syncedUntil, which trails the clock by a moment (Watermark), so a test that has just
     * written asks again for up to ten seconds. Fails on any answer but 200, with its body.
     */
    public static String firstListing(String url) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            Response response = RestAssured.given().accept("application/json").get(url);
            String body = response.asString();
            assertEquals(200, response.statusCode(), url + " answered " + body);
            if (!JsonPath.from(body).getList("items").isEmpty()) {
                return body;
            }
            assertTrue(System.currentTimeMillis() < deadline, url + " lists none of the test's items");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + url, e);
            }
        }
    }

    /** Now, in UTC, to the microsecond the database keeps. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Waits until the list's syncedUntil has passed {@code time}: a walk answers what was updated
     * before it, a clock margin behind the last write.
     */
    public void awaitWatermarkPast(OffsetDateTime time) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            OffsetDateTime syncedUntil = firstPage(Map.of("sort", "updatedAt"), 1).syncedUntil();
            if (syncedUntil != null && syncedUntil.isAfter(time)) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                fail(fixture.path() + ": syncedUntil " + syncedUntil + " did not pass " + time + " within 20 s");
            }
            Thread.sleep(100);
        }
    }

    /** The first page of the walk: {@code query} (such as the sort) and updatedSince. */
    public Walked firstPage(Map<String, Object> query, int size) {
        Response response = fixture.request().get().queryParams(fixture.query()).queryParams(query)
                .queryParam("size", size).queryParam("updatedSince", since.toString())
                .get(fixture.path());
        return page(response);
    }

    /** The pages after {@code from}, along its next links to the end. */
    public Walked follow(Walked from) {
        List<Item> items = new ArrayList<>();
        Walked page = from;
        for (int n = 0; page.next() != null; n++) {
            if (n == MAX_PAGES) {
                fail(fixture.path() + ": more than " + MAX_PAGES + " pages");
            }
            String next = page.next();
            assertTrue(next.contains("after="), fixture.path() + ": the next link of a walk goes on by page: " + next);
            assertFalse(next.matches(".*[?&]page=.*"), fixture.path() + ": the next link names a page: " + next);
            page = page(fixture.request().get().urlEncodingEnabled(false).get(next));
            assertEquals(from.syncedUntil(), page.syncedUntil(), fixture.path() + ": syncedUntil moved within a walk");
            items.addAll(page.items());
        }
        return new Walked(items, from.syncedUntil(), null);
    }

    /** Every page of the walk. */
    public Walked pages(Map<String, Object> query, int size) {
        Walked first = firstPage(query, size);
        List<Item> items = new ArrayList<>(first.items());
        items.addAll(follow(first).items());
        return new Walked(items, first.syncedUntil(), null);
    }

    private Walked page(Response response) {
        response.then().statusCode(200);
        List<Map<String, Object>> fields = response.jsonPath().getList("items");
        List<Item> items = fields.stream().map(f -> new Item(
                fixture.key().stream().map(k -> String.valueOf(f.get(k))).toList(),
                OffsetDateTime.parse((String) f.get("updatedAt")).withOffsetSameInstant(ZoneOffset.UTC), f)).toList();
        String syncedUntil = response.jsonPath().getString("syncedUntil");
        String link = response.header("Link");
        Matcher next = link == null ? null : NEXT.matcher(link);
        return new Walked(items, syncedUntil == null ? null : OffsetDateTime.parse(syncedUntil)
                .withOffsetSameInstant(ZoneOffset.UTC), next != null && next.find() ? next.group(1) : null);
    }

    public static List<List<String>> keys(List<Item> items) {
        return items.stream().map(Item::key).toList();
    }

    public static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    /**
     * The items are in (updatedAt, key) order, each once. Keys compare as text: UUIDs in canonical
     * form order as PostgreSQL orders uuid values, byte by byte.
     */
    public static void assertOrdered(String what, List<Item> items) {
        for (int i = 1; i < items.size(); i++) {
            Item a = items.get(i - 1);
            Item b = items.get(i);
            int order = a.updatedAt().compareTo(b.updatedAt());
            for (int k = 0; order == 0 && k < a.key().size(); k++) {
                order = a.key().get(k).compareTo(b.key().get(k));
            }
            assertTrue(order < 0, what + ": " + a + " comes before " + b);
        }
    }
}
