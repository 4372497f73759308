package org.twintowns.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.twintowns.testing.PostgresSettings;

/**
 * A PostgreSQL cluster of a test's own, made with Debian's postgresql-common tools
 * ({@code pg_createcluster}, {@code pg_ctlcluster}, {@code pg_dropcluster}) on a free port, so that
 * the test may stop and start it without disturbing the server every other test uses. Trust
 * authentication on 127.0.0.1, user postgres. Closing it drops it; so does a JVM that exits early,
 * and the next run drops what a killed run of the same checkout left behind.
 */
final class OwnPostgresCluster implements AutoCloseable {

    /** Cluster names: this prefix, the checkout's tag, a random part (no dashes, for systemd's sake). */
    private static final String PREFIX = "ttrestart_" + PostgresSettings.checkoutTag() + "_";
    private static final Path INSTALLED = Path.of("/usr/lib/postgresql");
    private static final long COMMAND_TIMEOUT_SECONDS = 60;

    final String version;
    final String name;
    final int port;
    private final Thread dropOnExit;

    private OwnPostgresCluster(String version, String name, int port) {
        this.version = version;
        this.name = name;
        this.port = port;
        this.dropOnExit = new Thread(this::drop, "drop-" + name);
    }

    /**
     * Creates and starts a cluster of the newest installed PostgreSQL. Skips the test where the tools
     * cannot work: not on Debian's packaging, or not root (clusters belong to the postgres user).
     */
    static OwnPostgresCluster createAndStart() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isDirectory(INSTALLED) && onPath("pg_createcluster"),
                "needs PostgreSQL from Debian's packages (postgresql-common: pg_createcluster)");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "pg_createcluster needs root, to make a cluster owned by the postgres user");
        String version = newestVersion();
        dropLeftovers(version);
        String name = PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        OwnPostgresCluster cluster = new OwnPostgresCluster(version, name, FreePorts.take());
        Runtime.getRuntime().addShutdownHook(cluster.dropOnExit);
        try {
            run("pg_createcluster", version, name, "--port", String.valueOf(cluster.port), "--start-conf", "manual",
                    "--", "--auth=trust");
            cluster.start();
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    PostgresSettings settings() {
        return new PostgresSettings("127.0.0.1", port, "postgres", "postgres");
    }

    /** Starts the server and waits until it accepts connections. */
    void start() throws IOException, InterruptedException {
        // Without the flag, pg_ctlcluster would hand over to systemd, which is not running in CI containers.
        run("pg_ctlcluster", "--skip-systemctl-redirect", version, name, "start");
    }

    /** Stops the server as an operator would: fast mode ends every session at once, rolling back open work. */
    void stop() throws IOException, InterruptedException {
        run("pg_ctlcluster", "--skip-systemctl-redirect", "--mode", "fast", version, name, "stop");
    }

    @Override
    public void close() {
        drop();
        try {
            Runtime.getRuntime().removeShutdownHook(dropOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or has run.
        }
    }

    private void drop() {
        try {
            run("pg_dropcluster", "--stop", version, name);
        } catch (IOException | RuntimeException e) {
            // Already gone, or never made: nothing to clean.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Clusters a killed earlier run of this checkout left behind (a shutdown hook cannot run after SIGKILL). */
    private static void dropLeftovers(String version) throws InterruptedException {
        Path configs = Path.of("/etc/postgresql", version);
        if (!Files.isDirectory(configs)) {
            return;
        }
        try (Stream<Path> clusters = Files.list(configs)) {
            for (Path cluster : clusters.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList()) {
                run("pg_dropcluster", "--stop", version, cluster.getFileName().toString());
            }
        } catch (IOException | RuntimeException e) {
            // A leftover that cannot be dropped does not stop this run: its name and port differ.
        }
    }

    private static String newestVersion() throws IOException {
        try (Stream<Path> versions = Files.list(INSTALLED)) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/postgres")))
                    .map(v -> v.getFileName().toString())
                    .filter(v -> v.matches("\\d+"))
                    .max(Comparator.comparingInt(Integer::parseInt))
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL server in " + INSTALLED));
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return Stream.of(path.split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    /** Runs a command; fails with its output unless it exits with 0 in time. */
    private static void run(String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("pg-cluster", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within "
                        + COMMAND_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n"
                        + Files.readString(output));
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
