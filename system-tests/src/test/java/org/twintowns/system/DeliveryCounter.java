package org.twintowns.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A webhook receiver that only counts: it accepts every delivery (204) and keeps the path it came
 * to and the event's subject, so that ReplicasIT can see each event delivered once. (WebhooksIT's
 * receiver checks signatures; counting needs none of that, nor Node.js.)
 */
final class DeliveryCounter implements AutoCloseable {

    /** One delivery: where it was sent and what it was about. */
    record Delivery(String path, String type, String subject) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Delivery> received = new ConcurrentLinkedQueue<>();

    DeliveryCounter() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                JsonNode event = JSON.readTree(exchange.getRequestBody());
                received.add(new Delivery(exchange.getRequestURI().getPath(), event.path("type").asText(),
                        event.path("subject").asText()));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The deliveries that came to {@code path}. */
    List<Delivery> to(String path) {
        return received.stream().filter(d -> d.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
