package org.twintowns.system;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.twintowns.testing.PostgresSettings;
import org.twintowns.testing.TestTokens;

/**
 * The whole platform, started once per test run: three services and the gateway as separate
 * processes on free ports, each service on a freshly created database of its own
 * ({@code <name>_e2e_<checkout>}). Every application traces every request and exports its spans to
 * the suite's own OTLP receiver ({@link #traces()}). Closing it stops every process, also when tests
 * fail.
 */
final class Platform implements ExtensionContext.Store.CloseableResource {

    /** The services the platform runs behind its gateway, each from its own contract, contracts/<name>-service.yaml. */
    static final List<String> SERVICES = List.of("partnerships", "events", "news", "webhooks");
    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    /** How long the gateway answers 503 for a failing service before it tries the service again. */
    static final Duration OPEN_CIRCUIT_FOR = Duration.ofSeconds(2);
    /** webhooks-service's retry schedule in the suite: three attempts within about two seconds. */
    static final String WEBHOOK_RETRIES = "0s,500ms,1s";

    /** How an application was started, to start it again the same way. */
    private record Launch(Path jar, int port, Map<String, String> env, Path logs) {
    }

    private final List<ServiceProcess> processes = new ArrayList<>();
    private final Map<String, ServiceProcess> byName = new HashMap<>();
    private final Map<String, Launch> launches = new HashMap<>();
    private final Thread shutdownHook = new Thread(this::stopAll, "platform-shutdown");
    private TraceCollector traces;

    static Platform start() throws Exception {
        Platform platform = new Platform();
        Runtime.getRuntime().addShutdownHook(platform.shutdownHook);
        try {
            platform.startAll();
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    private void startAll() throws Exception {
        Path root = Path.of(System.getProperty("tt.root", "..")).toAbsolutePath().normalize();
        Path logs = Path.of(System.getProperty("tt.logs", "target/e2e-logs")).toAbsolutePath();
        PostgresSettings db = PostgresSettings.fromEnvironment();
        // Every application verifies tokens against the test key pair (TestTokens signs them).
        Map<String, String> tokens = Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", new TestTokens().start().get("mp.jwt.verify.publickey.location"),
                "TT_JWT_ISSUER", TestTokens.ISSUER);
        // Tracing as an operator turns it on (docs/operations.md, "Tracing"), every request sampled, exported soon.
        traces = TraceCollector.start();
        Map<String, String> tracing = Map.of(
                "OTEL_SDK_DISABLED", "false",
                "OTEL_EXPORTER_OTLP_ENDPOINT", traces.endpoint(),
                "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                "OTEL_TRACES_SAMPLER_ARG", "1.0",
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");

        // Ports first: every service is told where the others are (events and news check references),
        // and every application where clients reach the platform: the gateway, whose address starts
        // every absolute URL in an answer (Location, feed links).
        Map<String, Integer> ports = new HashMap<>();
        Map<String, String> urls = new HashMap<>();
        for (String service : SERVICES) {
            ports.put(service, FreePorts.take());
            urls.put(service.toUpperCase() + "_URL", "http://127.0.0.1:" + ports.get(service));
        }
        int gatewayPort = FreePorts.take();
        urls.put("TT_PUBLIC_BASE_URL", "http://127.0.0.1:" + gatewayPort);
        // webhooks-service follows the three services' change feeds; receivers on this machine are allowed.
        for (String service : SERVICES) {
            String database = service + "_e2e_" + PostgresSettings.checkoutTag();
            db.recreateDatabase(database);
            int port = ports.get(service);
            Map<String, String> env = new HashMap<>(Map.of(
                    "TT_DB_HOST", db.host(),
                    "TT_DB_PORT", String.valueOf(db.port()),
                    "TT_DB_NAME", database,
                    "TT_DB_USER", db.user(),
                    "TT_DB_PASSWORD", db.password(),
                    service.toUpperCase() + "_PORT", String.valueOf(port)));
            env.putAll(tokens);
            env.putAll(tracing);
            env.putAll(urls);
            // The access log is opt-in; the suite reads it (a request id carried into the service's log).
            env.put("TT_ACCESS_LOG", "true");
            if (service.equals("webhooks")) {
                env.put("WEBHOOKS_ALLOW_HOSTS", "127.0.0.1");
                // Retries and disabling within a test's patience (WebhooksIT), instead of over a day.
                env.put("WEBHOOKS_RETRY_SCHEDULE", WEBHOOK_RETRIES);
            }
            if (service.equals("news")) {
                // Embargoes end within a second, as a test waits for them (WebhooksIT).
                env.put("NEWS_PUBLISH_DUE_EVERY", "1s");
            }
            launch(service, root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar"), port, env, logs);
        }
        Map<String, String> gatewayEnv = new HashMap<>(tokens);
        gatewayEnv.putAll(tracing);
        gatewayEnv.putAll(urls);
        // All of the suite's traffic comes from one address: the per-client limit is not under test here.
        gatewayEnv.put("TT_RATE_LIMIT_ANONYMOUS", "100000");
        gatewayEnv.put("TT_RATE_LIMIT_AUTHENTICATED", "100000");
        // A service stopped by a test is tried again soon after it is back (default: 30 s).
        gatewayEnv.put("GATEWAY_RESILIENCE_OPEN_FOR", OPEN_CIRCUIT_FOR.toMillis() + "ms");
        gatewayEnv.put("GATEWAY_PORT", String.valueOf(gatewayPort));
        launch("gateway", root.resolve("gateway/target/quarkus-app/quarkus-run.jar"), gatewayPort, gatewayEnv, logs);

        for (ServiceProcess process : processes) {
            process.awaitReady(READY_TIMEOUT);
        }
    }

    private void launch(String name, Path jar, int port, Map<String, String> env, Path logs) throws IOException {
        ServiceProcess process = ServiceProcess.start(name, jar, port, env, logs, false);
        processes.add(process);
        byName.put(name, process);
        launches.put(name, new Launch(jar, port, Map.copyOf(env), logs));
    }

    /** Stops one application, as an outage would; {@link #restart} brings it back. */
    synchronized void stop(String name) {
        byName.get(name).stop();
    }

    /**
     * Starts a stopped application again on its port, with its database and settings, its output
     * appended to its log, and waits until it is ready.
     */
    synchronized void restart(String name) throws IOException, InterruptedException {
        ServiceProcess old = byName.get(name);
        if (old.isAlive()) {
            return;
        }
        Launch launch = launches.get(name);
        ServiceProcess process = ServiceProcess.start(name, launch.jar(), launch.port(), launch.env(), launch.logs(), true);
        processes.set(processes.indexOf(old), process);
        byName.put(name, process);
        process.awaitReady(READY_TIMEOUT);
    }

    /**
     * Starts one more instance of an application the platform runs ({@code app}: "news", "gateway", ...)
     * as {@code name}, on a free port, with the platform's settings for it but for {@code overrides},
     * without waiting for it ({@link ServiceProcess#awaitReady}); it is stopped with the platform (ReplicasIT).
     */
    synchronized ServiceProcess startAnother(String app, String name, Map<String, String> overrides)
            throws IOException {
        Launch like = launches.get(app);
        int port = FreePorts.take();
        Map<String, String> env = new HashMap<>(like.env());
        env.put(app.toUpperCase() + "_PORT", String.valueOf(port));
        env.putAll(overrides);
        ServiceProcess process = ServiceProcess.start(name, like.jar(), port, env, like.logs(), false);
        processes.add(process);
        byName.put(name, process);
        return process;
    }

    ServiceProcess service(String name) {
        return byName.get(name);
    }

    /** The spans every application exported. */
    TraceCollector traces() {
        return traces;
    }

    int gatewayPort() {
        return byName.get("gateway").port;
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or has run: nothing left to do.
        }
    }

    private synchronized void stopAll() {
        // Gateway first, so that nothing is routed to a service that is going away.
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).stop();
        }
        if (traces != null) {
            traces.close();
        }
    }
}
