package org.twintowns.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twintowns.system.FuzzContract.Operation;
import org.twintowns.system.FuzzGenerator.Caller;
import org.twintowns.testing.TestTokens;

/**
 * Requests generated from the merged contract, for every operation, sent through the gateway and
 * straight at the service that owns it, with no token, an editor's, an admin's and bad ones; every
 * answer is checked ({@link FuzzChecks}). Seeded and bounded: {@code -Dfuzz.seed} (printed; default
 * fixed), {@code -Dfuzz.requests} per target (default 350; the gateway's own operation gets a tenth),
 * {@code -Dfuzz.threads}, {@code -Dfuzz.only=target#index,...} to send only those cases again, and
 * {@code -Dfuzz.report} for where the figures and all failed cases go (bench/fuzz.sh runs it long).
 */
@ExtendWith(PlatformExtension.class)
class ContractFuzzIT {

    private static final long DEFAULT_SEED = 20_261_204L;
    private static final int TIMEOUT_MILLIS = 10_000;

    /** Where requests go: through the gateway or straight at a service, and the operations they come from. */
    private record Target(String name, int port, List<Operation> operations, int requests) {
    }

    @Test
    void shouldAnswerEveryGeneratedRequestWithoutServerErrorHangOrLeak(Platform platform) throws Exception {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int perTarget = Integer.getInteger("fuzz.requests", 350);
        Set<String> only = Set.of(System.getProperty("fuzz.only", "").split("\\s*,\\s*"));
        Path root = Path.of(System.getProperty("tt.root", "..")).toAbsolutePath().normalize();
        Path reportFile = Path.of(System.getProperty("fuzz.report",
                Path.of(System.getProperty("tt.logs", "target/e2e-logs"), "fuzz-report.txt").toString())).toAbsolutePath();
        System.out.println("ContractFuzzIT: seed " + seed + ", " + perTarget + " requests per target");

        FuzzContract contract = new FuzzContract(root.resolve("gateway/target/openapi/twintowns-openapi.json"),
                root.resolve("contracts"));
        FuzzFixtures fixtures = FuzzFixtures.seed();
        // Test tokens last ten minutes: a long run gets fresh ones (the same callers) every five.
        FreshCallers callers = new FreshCallers(fixtures.editorMunicipality());
        FuzzGenerator generator = new FuzzGenerator(seed, fixtures.readIds(), fixtures.writeIds(), callers::get,
                fixtures.png());
        List<Target> targets = new ArrayList<>();
        for (String service : Platform.SERVICES) {
            targets.add(new Target(service + "@gateway", platform.gatewayPort(), contract.ownedBy(service), perTarget));
            targets.add(new Target(service + "@direct", platform.service(service).port, contract.ownedBy(service), perTarget));
        }
        targets.add(new Target("gateway@gateway", platform.gatewayPort(), contract.ownedBy("gateway"),
                Math.max(20, perTarget / 10)));

        FuzzChecks checks = new FuzzChecks(fixtures.hidden());
        FuzzReport report = new FuzzReport(seed);
        ExecutorService workers = Executors.newFixedThreadPool(Integer.getInteger("fuzz.threads", 4));
        warmUp(targets, generator, workers);
        long started = System.nanoTime();
        List<Future<?>> sent = new ArrayList<>();
        // Targets in turn, so that no service gets a run's requests all at once. Each request is made
        // when it is sent, so that a long run holds no more than a few in memory.
        for (int index = 0; index < perTarget; index++) {
            for (Target target : targets) {
                String id = target.name() + "#" + index;
                if (index >= target.requests() || target.operations().isEmpty()
                        || !only.equals(Set.of("")) && !only.contains(id)) {
                    continue;
                }
                int number = index;
                sent.add(workers.submit(() -> {
                    FuzzCase request = generator.generate(target.name(), target.operations(), number);
                    RawHttp.Answer answer = RawHttp.send(target.port(), request.bytes(target.port()), TIMEOUT_MILLIS);
                    report.record(request, target.port(), answer, checks.check(request, answer));
                }));
            }
        }
        for (Future<?> future : sent) {
            future.get();
        }
        workers.shutdown();
        report.took(java.time.Duration.ofNanos(System.nanoTime() - started));
        awaitClosedCircuits(platform);

        Files.createDirectories(reportFile.getParent());
        Files.writeString(reportFile, "# ContractFuzzIT\n" + report.summary(true), StandardCharsets.UTF_8);
        String summary = report.summary(false);
        System.out.println(summary);
        assertTrue(report.passed(), report.failedCases() + " generated requests got a wrong answer (all in "
                + reportFile + "; send one again with -Dfuzz.seed=" + seed + " -Dfuzz.only=<case>):\n"
                + FuzzCase.cut(summary, 60_000));
    }

    /**
     * Requests of the same kind, not checked, so that the applications have compiled their hot paths
     * before answers are timed: a JVM just started on a busy machine answers the first ones slowly.
     */
    private static void warmUp(List<Target> targets, FuzzGenerator generator, ExecutorService workers)
            throws Exception {
        List<Future<?>> sent = new ArrayList<>();
        for (Target target : targets) {
            for (int index = 0; index < 2 * target.operations().size(); index++) {
                int number = index;
                sent.add(workers.submit(() -> {
                    FuzzCase request = generator.generate(target.name() + "-warm-up", target.operations(), number);
                    RawHttp.send(target.port(), request.bytes(target.port()), TIMEOUT_MILLIS);
                }));
            }
        }
        for (Future<?> future : sent) {
            future.get();
        }
    }

    /** The callers, with tokens made again when they are five minutes old. */
    private static final class FreshCallers {
        private final String editorMunicipality;
        private List<Caller> callers;
        private long madeAt;

        FreshCallers(String editorMunicipality) {
            this.editorMunicipality = editorMunicipality;
        }

        synchronized List<Caller> get() {
            if (callers == null || System.nanoTime() - madeAt > java.util.concurrent.TimeUnit.MINUTES.toNanos(5)) {
                callers = callers(editorMunicipality);
                madeAt = System.nanoTime();
            }
            return callers;
        }
    }

    /**
     * A service the gateway thinks failing is not tried for a while (Platform.OPEN_CIRCUIT_FOR): wait
     * until every one is reachable again, so that the next test class does not see this one's 503s.
     */
    private static void awaitClosedCircuits(Platform platform) throws InterruptedException {
        long deadline = System.nanoTime() + 4 * Platform.OPEN_CIRCUIT_FOR.toNanos();
        for (String collection : List.of("/api/v1/municipalities", "/api/v1/events", "/api/v1/news")) {
            byte[] get = ("GET " + collection + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            while (RawHttp.send(platform.gatewayPort(), get, TIMEOUT_MILLIS).status() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        }
    }

    /**
     * No token, an editor of a seeded municipality, an admin, then tokens that must get no caller anywhere:
     * all of these but the editor and the admin are outsiders, who may see no hidden item.
     */
    private static List<Caller> callers(String editorMunicipality) {
        String forged = "Bearer " + TestTokens.forgedAdmin();
        String[] admin = TestTokens.admin().split("\\.");
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + admin[1] + ".";
        return List.of(
                new Caller("none", null, true),
                new Caller("editor", "Bearer " + TestTokens.editorOf(editorMunicipality), false),
                new Caller("admin", "Bearer " + TestTokens.admin(), false),
                new Caller("forged-admin", forged, true),
                new Caller("expired-admin", "Bearer " + TestTokens.expiredAdmin(), true),
                new Caller("alg-none-admin", "Bearer " + unsigned, true),
                new Caller("garbage-bearer", "Bearer abc.def.ghi", true),
                new Caller("empty-bearer", "Bearer ", true),
                new Caller("basic", "Basic YWRtaW46YWRtaW4=", true),
                new Caller("huge-bearer", "Bearer " + "A".repeat(12_000), true),
                new Caller("editor-of-nonsense", "Bearer " + TestTokens.token("editor@test", Set.of("editor"),
                        Set.of("not-a-uuid", "'; DROP TABLE municipality;--")), true),
                new Caller("unknown-role", "Bearer " + TestTokens.token("x@test", Set.of("superuser"), Set.of()), true));
    }
}
