package org.twintowns.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.twintowns.testing.PostgresSettings;
import org.twintowns.testing.TestTokens;

/**
 * Two instances of news-service on one database, each behind a gateway of its own, the two gateways
 * sharing their rate limits through the real Redis at 127.0.0.1:6379: writes, scheduled publishing and
 * the rate limit behave as with one instance behind one gateway; so do the webhook deliveries of the
 * published items, by one and then two webhooks-service instances on one database of their own. The same workload runs first with
 * one of each, then with two, and the figures of both are printed side by side (docs/operations.md,
 * "Several replicas"). References (the issuing municipality) are checked at a partnerships-service of the
 * test's own, on a database of its own.
 *
 * <p>It writes nothing into the platform the other end-to-end classes share (its databases, its Redis keys and
 * its applications are its own; its webhooks-service only reads the platform's events feed, and subscribes to
 * news.published alone), so it runs beside them on the second core (junit-platform.properties): a municipality
 * created in the shared registry could change an answer another class reads twice, the whole registry's map.
 */
@ExtendWith(PlatformExtension.class)
@Execution(ExecutionMode.CONCURRENT)
class ReplicasIT {

    private static final String REDIS = System.getenv().getOrDefault("TT_REDIS_URL", "redis://127.0.0.1:6379");
    private static final int ANONYMOUS_LIMIT = 30;
    private static final Duration WINDOW = Duration.ofSeconds(4);
    private static final int KEYS = 20;
    private static final int WRITERS = 6;
    private static final int UPDATES_EACH = 4;
    private static final int SCHEDULED = 16;

    /** The figures of one configuration. */
    private record Run(String label, ReplicaWorkload.Creates creates, int items, ReplicaWorkload.Updates updates,
                       ReplicaWorkload.Publishing publishing, int limitedAfter) {
    }

    @Test
    void shouldWriteScheduleAndLimitWithTwoInstancesAsWithOne(Platform platform) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        PostgresSettings db = PostgresSettings.fromEnvironment();
        String database = "news_replicas_e2e_" + PostgresSettings.checkoutTag();
        db.recreateDatabase(database);
        String webhooksDatabase = "webhooks_replicas_e2e_" + PostgresSettings.checkoutTag();
        db.recreateDatabase(webhooksDatabase);
        String registryDatabase = "partnerships_replicas_e2e_" + PostgresSettings.checkoutTag();
        db.recreateDatabase(registryDatabase);

        ServiceProcess registry = platform.startAnother("partnerships", "partnerships-replicas", Map.of(
                "TT_DB_NAME", registryDatabase, "OTEL_SDK_DISABLED", "true", "TT_ACCESS_LOG", "false"));
        String partnerships = "http://127.0.0.1:" + registry.port;
        Map<String, String> news = Map.of("TT_DB_NAME", database, "NEWS_PUBLISH_DUE_EVERY", "1s",
                "PARTNERSHIPS_URL", partnerships, "OTEL_SDK_DISABLED", "true", "TT_ACCESS_LOG", "false");
        // Started together (a gateway needs no service to start, webhooks-service follows a feed that is not
        // up yet by trying again), and awaited together.
        ServiceProcess newsA = platform.startAnother("news", "news-a", news);
        ServiceProcess webhooksA = platform.startAnother("webhooks", "webhooks-a",
                webhooks(webhooksDatabase, newsA, partnerships));
        ServiceProcess gatewayA = platform.startAnother("gateway", "gateway-a", gateway(newsA, webhooksA, partnerships, run));
        awaitReady(registry, newsA, webhooksA, gatewayA);
        String issuer = given().baseUri("http://127.0.0.1").port(registry.port)
                .auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\": \"Replikstadt " + run + "\", \"kind\": \"CITY\", \"country\": \"DE\"}")
                .post("/api/v1/municipalities").then().statusCode(201).extract().path("id");
        Run one;
        Run two;
        try (DeliveryCounter receiver = new DeliveryCounter()) {
            one = run("one instance", List.of(gatewayA), issuer, run + "a", db, database, receiver);

            ServiceProcess newsB = platform.startAnother("news", "news-b", news);
            ServiceProcess webhooksB = platform.startAnother("webhooks", "webhooks-b",
                    webhooks(webhooksDatabase, newsB, partnerships));
            ServiceProcess gatewayB = platform.startAnother("gateway", "gateway-b",
                    gateway(newsB, webhooksB, partnerships, run));
            awaitReady(newsB, webhooksB, gatewayB);
            // The first window of the limit (phase one's) must have ended before the second is counted.
            Thread.sleep(WINDOW.toMillis());
            two = run("two instances", List.of(gatewayA, gatewayB), issuer, run + "b", db, database, receiver);
        }

        print(one, two);
        for (Run r : List.of(one, two)) {
            assertEquals(KEYS, r.items(), r.label() + ": one item per Idempotency-Key");
            assertEquals(Set.of(), nonAnswers(r.creates().answers().keySet(), Set.of("201", "201 replayed", "409")),
                    r.label() + ": creates answered " + r.creates().answers());
            assertEquals(WRITERS * UPDATES_EACH, r.updates().succeeded(), r.label() + ": " + r.updates().answers());
            assertEquals(r.updates().succeeded(), r.updates().finalCounter(), r.label() + ": no update lost");
            assertEquals(Set.of(), nonAnswers(r.updates().answers().keySet(), Set.of("200", "409", "412")),
                    r.label() + ": updates answered " + r.updates().answers());
            assertEquals(SCHEDULED, r.publishing().published(), r.label() + ": every due item published");
            assertEquals(SCHEDULED, r.publishing().events(), r.label() + ": one news.published per item");
            assertEquals(SCHEDULED, r.publishing().deliveries(), r.label() + ": one webhook delivery per item");
            assertEquals(SCHEDULED, r.publishing().itemsDelivered(), r.label() + ": every item delivered");
            assertEquals(ANONYMOUS_LIMIT, r.limitedAfter(), r.label() + ": the limit of one gateway");
        }
    }

    private static void awaitReady(ServiceProcess... processes) throws InterruptedException {
        for (ServiceProcess process : processes) {
            process.awaitReady(Platform.READY_TIMEOUT);
        }
    }

    private static Run run(String label, List<ServiceProcess> gateways, String issuer, String marker,
            PostgresSettings db, String database, DeliveryCounter receiver) throws Exception {
        List<URI> urls = gateways.stream().map(g -> g.uri("/")).toList();
        ReplicaWorkload workload = new ReplicaWorkload(urls, issuer, marker);
        ReplicaWorkload.Creates creates = workload.creates(KEYS);
        int items = countItems(db, database, "Replik " + marker + " %");
        ReplicaWorkload.Updates updates = workload.updates(WRITERS, UPDATES_EACH);
        ReplicaWorkload.Publishing publishing = workload.publishing(SCHEDULED, Duration.ofSeconds(20), receiver);
        int limitedAfter = workload.requestsUntilLimited(3 * ANONYMOUS_LIMIT);
        return new Run(label, creates, items, updates, publishing, limitedAfter);
    }

    /**
     * A webhooks-service on its own database that follows the registry's and {@code news}'s feeds (and the
     * platform's events feed, read only).
     */
    private static Map<String, String> webhooks(String database, ServiceProcess news, String partnerships) {
        return Map.of("TT_DB_NAME", database, "NEWS_URL", "http://127.0.0.1:" + news.port,
                "PARTNERSHIPS_URL", partnerships,
                "OTEL_SDK_DISABLED", "true", "TT_ACCESS_LOG", "false");
    }

    /**
     * A gateway whose registry, news and webhooks routes go to these instances, its limits in Redis under keys of
     * this run.
     */
    private static Map<String, String> gateway(ServiceProcess news, ServiceProcess webhooks, String partnerships,
            String run) {
        return Map.of(
                "PARTNERSHIPS_URL", partnerships,
                "NEWS_URL", "http://127.0.0.1:" + news.port,
                "WEBHOOKS_URL", "http://127.0.0.1:" + webhooks.port,
                "TT_REDIS_URL", REDIS,
                "GATEWAY_RATE_LIMIT_REDIS_KEY_PREFIX", "tt-e2e:" + run + ":",
                "TT_RATE_LIMIT_ANONYMOUS", String.valueOf(ANONYMOUS_LIMIT),
                "GATEWAY_RATE_LIMIT_WINDOW", WINDOW.toSeconds() + "s",
                "OTEL_SDK_DISABLED", "true");
    }

    private static int countItems(PostgresSettings db, String database, String headlineLike) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(database), db.user(), db.password());
             PreparedStatement count = c.prepareStatement("SELECT count(*) FROM news_item WHERE headline LIKE ?")) {
            count.setString(1, headlineLike);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Set<String> nonAnswers(Set<String> seen, Set<String> allowed) {
        return seen.stream().filter(s -> !allowed.contains(s)).collect(java.util.stream.Collectors.toSet());
    }

    private static void print(Run one, Run two) {
        StringBuilder table = new StringBuilder("\n| | one instance | two instances |\n|---|---|---|\n");
        row(table, "creates (" + KEYS + " keys, each sent twice at once)", one.creates().answers() + ", "
                + fmt(one.creates().perSecond()) + "/s", two.creates().answers() + ", " + fmt(two.creates().perSecond()) + "/s");
        row(table, "items stored", one.items(), two.items());
        row(table, "conditional updates (" + WRITERS + " writers x " + UPDATES_EACH + ")", one.updates().answers() + ", "
                + fmt(one.updates().perSecond()) + "/s", two.updates().answers() + ", " + fmt(two.updates().perSecond()) + "/s");
        row(table, "final counter / updates that succeeded", one.updates().finalCounter() + " / " + one.updates().succeeded(),
                two.updates().finalCounter() + " / " + two.updates().succeeded());
        row(table, "scheduled / published / news.published events / webhook deliveries", publishing(one), publishing(two));
        row(table, "anonymous requests let through before the first 429 (limit " + ANONYMOUS_LIMIT + ")",
                one.limitedAfter(), two.limitedAfter());
        System.out.println("ReplicasIT figures:" + table);
    }

    private static String publishing(Run r) {
        return r.publishing().scheduled() + " / " + r.publishing().published() + " / " + r.publishing().events()
                + " / " + r.publishing().deliveries() + " for " + r.publishing().itemsDelivered() + " items"
                + " (all published " + r.publishing().millis() + " ms after the last embargo's end)";
    }

    private static void row(StringBuilder table, String what, Object one, Object two) {
        table.append("| ").append(what).append(" | ").append(one).append(" | ").append(two).append(" |\n");
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.0f", value);
    }
}
