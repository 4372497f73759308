package org.twintowns.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.twintowns.testing.TestTokens;

/**
 * PostgreSQL stops and starts again under a light load of reads and writes on partnerships-service,
 * which runs on a cluster of its own ({@link OwnPostgresCluster}), so that nothing else is
 * disturbed. While the database is down every answer is a 503 problem with Retry-After, never a
 * 500; once it is back the service answers again without being restarted; and every write it
 * acknowledged is there afterwards.
 *
 * <p>It shares nothing with the other end-to-end classes (its own cluster, service and ports), so it runs beside
 * them, on the core the suite's one thread leaves idle (junit-platform.properties).
 */
@Execution(ExecutionMode.CONCURRENT)
class PostgresRestartIT {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(30);
    /**
     * The longest any answer may take, also while the database is down: the service must never hang.
     * Requests that arrive while PostgreSQL shuts down wait for the pool (its validation of idle
     * connections, then its acquisition timeout of 5 s) and take up to about 5 s.
     */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    private static final String DEPENDENCY_UNAVAILABLE = "https://twintowns.org/problems/dependency-unavailable";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private enum Phase { UP, DOWN, RECOVERING, RECOVERED }

    /** One answer of the load, with the phase of the database when the request was sent and answered. */
    private record Answer(Phase phase, Phase answeredIn, String request, int status, String retryAfter, String body,
                          long millis) {
    }

    private record Written(String id, String name) {
    }

    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.UP);
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final Queue<Written> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private String token;
    private ServiceProcess service;

    @Test
    void shouldAnswer503WhileDownRecoverWithoutRestartAndKeepEveryAcknowledgedWrite() throws Exception {
        try (OwnPostgresCluster cluster = OwnPostgresCluster.createAndStart()) {
            cluster.settings().ensureDatabase("partnerships");
            token = TestTokens.admin();
            service = start(cluster);
            try {
                // Warm up first, so that the load's first requests are not still running when PostgreSQL stops.
                for (int i = 0; i < 5; i++) {
                    write();
                    read();
                }
                AtomicBoolean loading = new AtomicBoolean(true);
                ExecutorService load = Executors.newFixedThreadPool(4);
                List<Future<?>> clients = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    clients.add(load.submit(() -> loop(loading, this::write)));
                    clients.add(load.submit(() -> loop(loading, this::read)));
                }
                Thread.sleep(2_000);

                phase.set(Phase.DOWN);
                cluster.stop();
                Thread.sleep(4_000);
                assertEquals(503, status("/q/health/ready"), "readiness while the database is down");

                phase.set(Phase.RECOVERING);
                cluster.start();
                awaitRecovery();
                phase.set(Phase.RECOVERED);
                Thread.sleep(2_000);

                loading.set(false);
                for (Future<?> client : clients) {
                    client.get(30, TimeUnit.SECONDS);
                }
                load.shutdown();
                assertEquals(200, status("/q/health/ready"), "readiness once the database is back");
                checkAnswers();
                checkEveryAcknowledgedWriteIsStored();
            } finally {
                service.stop();
            }
        }
    }

    private ServiceProcess start(OwnPostgresCluster cluster) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("tt.root", "..")).toAbsolutePath().normalize();
        Path logs = Path.of(System.getProperty("tt.logs", "target/e2e-logs")).toAbsolutePath();
        int port = FreePorts.take();
        Map<String, String> env = Map.of(
                "TT_DB_HOST", "127.0.0.1",
                "TT_DB_PORT", String.valueOf(cluster.port),
                "TT_DB_NAME", "partnerships",
                "TT_DB_USER", "postgres",
                "TT_DB_PASSWORD", "postgres",
                "PARTNERSHIPS_PORT", String.valueOf(port),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", new TestTokens().start().get("mp.jwt.verify.publickey.location"),
                "TT_JWT_ISSUER", TestTokens.ISSUER);
        ServiceProcess process = ServiceProcess.start("partnerships-on-own-cluster",
                root.resolve("partnerships-service/target/quarkus-app/quarkus-run.jar"), port, env, logs, false);
        try {
            process.awaitReady(READY_TIMEOUT);
        } catch (RuntimeException | InterruptedException e) {
            process.stop();
            throw e;
        }
        return process;
    }

    private void loop(AtomicBoolean loading, Runnable request) {
        while (loading.get()) {
            try {
                request.run();
                Thread.sleep(ThreadLocalRandom.current().nextInt(10, 40));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
    }

    /** Registers a municipality; a 201 is an acknowledged write that must survive the restart. */
    private void write() {
        String name = "Neustart " + run + " " + UUID.randomUUID().toString().substring(0, 8);
        Phase sentIn = phase.get();
        long start = System.nanoTime();
        HttpResponse<String> response = send(HttpRequest.newBuilder(service.uri("/api/v1/municipalities"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"" + name + "\", \"kind\": \"CITY\", \"country\": \"DE\"}")));
        record(sentIn, "POST", response, start);
        if (response.statusCode() == 201) {
            String location = response.headers().firstValue("Location").orElseThrow();
            acknowledged.add(new Written(location.substring(location.lastIndexOf('/') + 1), name));
        }
    }

    private void read() {
        Phase sentIn = phase.get();
        long start = System.nanoTime();
        Written some = acknowledged.peek();
        String path = some == null || ThreadLocalRandom.current().nextBoolean()
                ? "/api/v1/municipalities?size=5&name=Neustart" : "/api/v1/municipalities/" + some.id();
        record(sentIn, "GET " + path, send(HttpRequest.newBuilder(service.uri(path)).GET()), start);
    }

    private void record(Phase sentIn, String request, HttpResponse<String> response, long startNanos) {
        answers.add(new Answer(sentIn, phase.get(), request, response.statusCode(),
                response.headers().firstValue("Retry-After").orElse(null), response.body(),
                (System.nanoTime() - startNanos) / 1_000_000));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(ANSWER_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("No answer within " + ANSWER_TIMEOUT + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int status(String path) {
        return send(HttpRequest.newBuilder(service.uri(path)).GET()).statusCode();
    }

    /** Waits until a write and a read succeed again, without touching the service. */
    private void awaitRecovery() throws InterruptedException {
        Instant deadline = Instant.now().plus(RECOVERY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            boolean wrote = answers.stream().anyMatch(a -> a.phase() == Phase.RECOVERING && a.status() == 201);
            boolean read = answers.stream().anyMatch(a -> a.phase() == Phase.RECOVERING && a.status() == 200);
            if (wrote && read) {
                return;
            }
            Thread.sleep(100);
        }
        String log = service.logText();
        throw new AssertionError("The service did not recover within " + RECOVERY_TIMEOUT + " of PostgreSQL's start; "
                + "its log ends:\n" + log.substring(Math.max(0, log.length() - 4_000)));
    }

    private void checkAnswers() {
        for (Phase p : Phase.values()) {
            List<Answer> of = answers.stream().filter(a -> a.phase() == p).toList();
            System.out.printf("PostgresRestartIT %s: %d answers, statuses %s, slowest %d ms%n", p, of.size(),
                    of.stream().collect(Collectors.groupingBy(Answer::status,
                            TreeMap::new, Collectors.counting())),
                    of.stream().mapToLong(Answer::millis).max().orElse(0));
        }
        assertTrue(failures.isEmpty(), "requests without an answer: " + failures);
        List<Answer> wrong = new ArrayList<>();
        for (Answer answer : answers) {
            boolean success = answer.status() >= 200 && answer.status() < 300;
            boolean unavailable = answer.status() == 503 && "5".equals(answer.retryAfter())
                    && answer.body().contains("\"type\":\"" + DEPENDENCY_UNAVAILABLE + "\"");
            // With the database up (before the stop, and after the recovery), only successes; while it is
            // down or starting, successes or 503s.
            boolean databaseUp = answer.phase() == answer.answeredIn()
                    && (answer.phase() == Phase.UP || answer.phase() == Phase.RECOVERED);
            boolean expected = databaseUp ? success : success || unavailable;
            if (!expected) {
                wrong.add(answer);
            }
        }
        assertEquals(List.of(), wrong, "answers that are neither a success nor a 503 with Retry-After");
        long unavailable = answers.stream().filter(a -> a.phase() == Phase.DOWN && a.status() == 503).count();
        assertTrue(unavailable >= 4, "too few requests reached the service while the database was down: " + unavailable);
        assertTrue(answers.stream().anyMatch(a -> a.phase() == Phase.RECOVERED && a.status() == 201),
                "no write succeeded after the restart");
    }

    private void checkEveryAcknowledgedWriteIsStored() {
        assertTrue(acknowledged.size() >= 4, "too few writes: " + acknowledged.size());
        List<String> lost = new ArrayList<>();
        for (Written written : acknowledged) {
            HttpResponse<String> stored = send(HttpRequest.newBuilder(service.uri("/api/v1/municipalities/" + written.id()))
                    .GET());
            if (stored.statusCode() != 200 || !stored.body().contains("\"name\":\"" + written.name() + "\"")) {
                lost.add(written + " -> " + stored.statusCode());
            }
        }
        assertEquals(List.of(), lost, "acknowledged writes that are not stored");
    }
}
