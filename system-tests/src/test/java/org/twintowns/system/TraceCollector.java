package org.twintowns.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * An OTLP/HTTP trace receiver for the end-to-end suite (the endpoint a collector such as Jaeger
 * offers on port 4318): the applications export their spans to it as protobuf, and it decodes them
 * with the OpenTelemetry project's own protocol classes, not with the exporter that wrote them.
 */
final class TraceCollector implements AutoCloseable {

    /**
     * One span as received: who sent it, its place in its trace (ids in hex, no parent: ""), its
     * kind (SERVER, CLIENT, INTERNAL, ...), and its attributes as strings.
     */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
            String kind, Map<String, String> attributes) {

        boolean isRoot() {
            return parentSpanId.isEmpty();
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<ReceivedSpan> spans = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();

    private TraceCollector(HttpServer server) {
        this.server = server;
    }

    static TraceCollector start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        TraceCollector collector = new TraceCollector(server);
        server.createContext("/", collector::receive);
        server.start();
        return collector;
    }

    /** The base URL to give the exporters (OTEL_EXPORTER_OTLP_ENDPOINT, protocol http/protobuf). */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            String path = exchange.getRequestURI().getPath();
            if (!"POST".equals(exchange.getRequestMethod()) || !"/v1/traces".equals(path)
                    || type == null || !type.startsWith("application/x-protobuf")) {
                refusals.add(exchange.getRequestMethod() + " " + path + " " + type);
                exchange.sendResponseHeaders("/v1/traces".equals(path) ? 415 : 404, -1);
                return;
            }
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
            for (ResourceSpans resource : request.getResourceSpansList()) {
                String service = stringAttributes(resource.getResource().getAttributesList()).get("service.name");
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    for (var span : scope.getSpansList()) {
                        spans.add(new ReceivedSpan(service, hex(span.getTraceId().toByteArray()),
                                hex(span.getSpanId().toByteArray()), hex(span.getParentSpanId().toByteArray()),
                                span.getName(), span.getKind().name().replace("SPAN_KIND_", ""), stringAttributes(span.getAttributesList())));
                    }
                }
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    /**
     * The spans of one trace, once {@code complete} holds for them (exporters send in batches, each
     * application on its own schedule); fails with what did arrive when it does not within the time.
     */
    List<ReceivedSpan> awaitTrace(String traceId, Predicate<List<ReceivedSpan>> complete, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<ReceivedSpan> trace = List.of();
        while (Instant.now().isBefore(deadline)) {
            trace = trace(traceId);
            if (complete.test(trace)) {
                return trace;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Trace " + traceId + " incomplete after " + timeout + "; received:\n"
                + trace.stream().map(ReceivedSpan::toString).collect(Collectors.joining("\n"))
                + (refusals.isEmpty() ? "" : "\nrefused exports: " + refusals));
    }

    List<ReceivedSpan> trace(String traceId) {
        List<ReceivedSpan> trace = new ArrayList<>();
        for (ReceivedSpan span : spans) {
            if (span.traceId().equals(traceId)) {
                trace.add(span);
            }
        }
        return trace;
    }

    private static Map<String, String> stringAttributes(List<KeyValue> attributes) {
        return attributes.stream().collect(Collectors.toMap(KeyValue::getKey, kv -> text(kv.getValue()), (a, b) -> b));
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case INT_VALUE -> String.valueOf(value.getIntValue());
            case BOOL_VALUE -> String.valueOf(value.getBoolValue());
            case DOUBLE_VALUE -> String.valueOf(value.getDoubleValue());
            case ARRAY_VALUE -> value.getArrayValue().getValuesList().stream().map(TraceCollector::text)
                    .collect(Collectors.joining(",", "[", "]"));
            default -> value.toString();
        };
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
