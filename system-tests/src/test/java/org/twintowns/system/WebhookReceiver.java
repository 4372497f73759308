package org.twintowns.system;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A real HTTP receiver of webhooks in a process of its own: {@code system-tests/src/test/node/webhook-receiver.mjs},
 * which verifies signatures with the {@code standardwebhooks} package and reads the events with the
 * CloudEvents JavaScript SDK, shares no code with the platform. Controlled over HTTP (not through REST
 * Assured, whose requests are held to the platform's contract).
 */
final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Process process;
    private final int port;

    private WebhookReceiver(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static WebhookReceiver start(Path logs, String name) throws Exception {
        Path root = Path.of(System.getProperty("tt.root", "..")).toAbsolutePath().normalize();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder("node", "system-tests/src/test/node/webhook-receiver.mjs",
                "--port", String.valueOf(port))
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve("webhook-receiver-" + name + ".log").toFile())
                .start();
        WebhookReceiver receiver = new WebhookReceiver(process, port);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                receiver.deliveries();
                return receiver;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    receiver.close();
                    throw new IllegalStateException("the webhook receiver did not start (see its log; is node_modules "
                            + "installed? bin/node-tool installs it)", notYet);
                }
                Thread.sleep(200);
            }
        }
    }

    /** Where subscriptions send to; {@code path} tells subscriptions apart. */
    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void secrets(String... secrets) throws Exception {
        send("PUT", "/control/secrets", Map.of("secrets", List.of(secrets)));
    }

    /** Every delivery answered with {@code status} from now on (204 accepts). */
    void answer(int status) throws Exception {
        send("PUT", "/control/mode", Map.of("status", status));
    }

    List<Map<String, Object>> deliveries() throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url("/control/deliveries")))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readValue(answer.body(), new TypeReference<>() {
        });
    }

    /** The deliveries, once {@code done} holds for them, or fails after {@code within}. */
    List<Map<String, Object>> await(Predicate<List<Map<String, Object>>> done, Duration within, String what)
            throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        List<Map<String, Object>> seen = deliveries();
        while (!done.test(seen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the receiver did not get " + what + " within " + within + "; it got "
                        + seen.size() + ": " + seen);
            }
            Thread.sleep(250);
            seen = deliveries();
        }
        return seen;
    }

    private void send(String method, String path, Object body) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 204) {
            throw new IllegalStateException(method + " " + path + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
