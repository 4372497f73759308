package org.twintowns.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.jboss.logging.Logger;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.problem.ProblemResponses;
import org.twintowns.commons.problem.ProblemType;

/**
 * Streams a request to the service that owns its path and the service's answer back: method, URI,
 * headers, status and body unchanged, but for the hop-by-hop headers (RFC 9110, section 7.6.1), the
 * forwarding headers the gateway adds and the CORS and rate-limit headers the gateway owns. A
 * request body, and an answer longer than {@link #WHOLE_BODY_LIMIT} or of unknown length, is never
 * held whole: it flows with back-pressure from one connection to the other.
 *
 * <p>Each event loop has its own client and so its own connections to the services: a request
 * and the connection that carries it to the service are always served by the same thread, with no
 * hand-over between threads and no pool shared by them (bench/gateway-overhead.sh).
 *
 * <p>A service that cannot be reached gives 503 (with {@code Retry-After}), one that does not
 * answer within the route's time limit 504, and one that breaks off its answer before the status
 * line 502, each as problem details; the service's circuit breaker learns of each outcome. An
 * answer, whatever its status, is a success: the service is up and speaking for itself. A client
 * that hangs up says nothing about the service, and its request to the service is cancelled.
 *
 * <p>A service may answer before it has read the whole body, as it does with 413 for a body over
 * its limit: the answer is relayed, the rest of the body is not sent on, and the client's connection
 * closes after the answer. A connection that breaks while the body is still being sent counts
 * neither way for the circuit breaker (a refusal and its close look like that when the close
 * overtakes the answer), so clients sending oversized bodies cannot open a service's circuit.
 */
final class Forwarder {

    private static final Logger LOG = Logger.getLogger(Forwarder.class);

    /**
     * A refused connection is mostly a service that is restarting or down: worth a retry soon. (Once
     * the circuit breaker opens, its own Retry-After covers the rest of the outage.)
     */
    static final int UNREACHABLE_RETRY_AFTER_SECONDS = 5;

    /**
     * Headers that describe one connection, not the message: never passed on, in either direction.
     * A case-insensitive header map, so that a lookup neither allocates nor lower-cases.
     */
    private static final MultiMap HOP_BY_HOP = MultiMap.caseInsensitiveMultiMap();

    static {
        for (String name : List.of("Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate",
                "Proxy-Authorization", "TE", "Trailer", "Transfer-Encoding", "Upgrade",
                // The gateway answers "100 Continue" itself (see forward); the service never needs to.
                "Expect",
                // The client names the gateway; the service is addressed by its own name (the gateway's
                // public one goes on in X-Forwarded-Host).
                "Host")) {
            HOP_BY_HOP.add(name, "");
        }
    }

    /**
     * W3C trace context and baggage of the client: when tracing is on, the gateway passes on its own
     * (naming its span as the parent; the client's trace id is kept), and a client never speaks to
     * the services' tracing past the gateway. Case-insensitive, like {@link #HOP_BY_HOP}.
     */
    private static final MultiMap CLIENT_TRACE_CONTEXT = MultiMap.caseInsensitiveMultiMap()
            .add("traceparent", "").add("tracestate", "").add("baggage", "");

    /**
     * An answer with a declared length up to this is read whole and written with its head in one go;
     * a longer one, or one of unknown length, is streamed.
     */
    static final int WHOLE_BODY_LIMIT = 64 * 1024;

    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Vertx vertx;
    private final HttpClientOptions clientOptions;
    private final PoolOptions poolOptions;
    private final PublicBaseUrl publicBaseUrl;
    private final Map<Thread, HttpClient> clients = new ConcurrentHashMap<>();

    Forwarder(Vertx vertx, HttpClientOptions clientOptions, PoolOptions poolOptions, PublicBaseUrl publicBaseUrl) {
        this.vertx = vertx;
        this.clientOptions = clientOptions;
        this.poolOptions = poolOptions;
        this.publicBaseUrl = publicBaseUrl;
    }

    /** Closes every event loop's client and its connections (on shutdown, and before a dev-mode reload). */
    void close() {
        clients.values().forEach(HttpClient::close);
        clients.clear();
    }

    /** Sends {@code in} to the route's service; its answer, or a problem, goes to {@code in}'s response. */
    void forward(HttpServerRequest in, RouteTable.Entry entry, CircuitBreaker breaker) {
        // Nothing of the body may be read before there is somewhere to send it.
        in.pause();
        if ("100-continue".equalsIgnoreCase(in.getHeader("Expect"))) {
            in.response().writeContinue();
        }
        RequestOptions options = requestOptions(in, entry);
        HttpClient client = clients.computeIfAbsent(Thread.currentThread(),
                thread -> vertx.createHttpClient(clientOptions, poolOptions));
        String service = entry.service();
        HttpServerResponse out = in.response();
        Upload upload = new Upload();
        Retries.onceOnConnectFailure(in.method().name(), () -> client.request(options))
                .compose(request -> {
                    copyRequestHeaders(in, request.headers());
                    return send(in, request, upload);
                })
                .onSuccess(response -> answer(in, response, service, breaker, upload))
                .onFailure(failure -> {
                    in.resume();
                    if (out.closed()) {
                        // The client went away (and its request to the service was reset): nobody to
                        // answer, and nothing learned about the service.
                        return;
                    }
                    if (upload.cutOff(failure)) {
                        // The connection broke while the client's body was still on its way: a service
                        // that refuses a body too large answers and closes, and the close can destroy
                        // the answer in transit. Not proof that the service is failing.
                        breaker.onInconclusive();
                        LOG.debugf("%s service closed the connection during an upload: %s", service, failure);
                        closeAfterAnswer(in);
                        ProblemResponses.write(in, ProblemType.UPSTREAM_UNAVAILABLE.problem(502, "The " + service
                                + " service closed the connection before the whole request body was sent to it."));
                        return;
                    }
                    breaker.onFailure();
                    fail(in, service, failure);
                });
    }

    /**
     * How far the client's body has got to the service. A request without a body is sent whole
     * with its head; one with a body once the last of it has been written to the service.
     */
    private static final class Upload {

        private boolean sent;
        private HttpClientRequest request;

        /** Whether {@code failure} cut the connection while the body was still being sent (not a connect failure or a timeout). */
        boolean cutOff(Throwable failure) {
            return request != null && !sent && !(failure instanceof TimeoutException)
                    && !(failure instanceof ConnectException) && !(failure instanceof UnknownHostException);
        }

        /** Stops sending the rest of the body to a service that has answered without waiting for it. */
        void abandon() {
            if (request != null && !sent) {
                request.reset();
            }
        }
    }

    private static RequestOptions requestOptions(HttpServerRequest in, RouteTable.Entry entry) {
        URI target = entry.route().url();
        boolean ssl = "https".equals(target.getScheme());
        return new RequestOptions()
                .setMethod(in.method())
                .setHost(target.getHost())
                .setPort(target.getPort() != -1 ? target.getPort() : (ssl ? 443 : 80))
                .setSsl(ssl)
                .setURI(in.uri())
                .setIdleTimeout(entry.route().timeout().toMillis());
    }

    /**
     * The client's headers less the hop-by-hop ones, plus who really asked (RFC 7239 and
     * X-Forwarded-*). Forwarding headers that reached the gateway are replaced, not extended: the
     * services (trusting the gateway's) learn the one client address the gateway settled on, never a
     * chain a client began. The host and scheme they name are those of the public base URL, never the
     * client's Host: a client must not choose the name under which the platform speaks to everyone else.
     */
    private void copyRequestHeaders(HttpServerRequest in, MultiMap headers) {
        // The client's forwarding headers are replaced below; its trace context by the gateway's own.
        copyEndToEnd(in.headers(), headers, CLIENT_TRACE_CONTEXT::contains);
        String client = clientAddress(in);
        URI base = publicBaseUrl.base(in);
        String proto = base.getScheme();
        String host = base.getRawAuthority();
        headers.set("X-Forwarded-For", client);
        headers.set("X-Forwarded-Proto", proto);
        headers.set("X-Forwarded-Host", host);
        headers.remove("X-Forwarded-Port");
        headers.remove("X-Forwarded-Prefix");
        headers.remove("X-Forwarded-Server");
        headers.remove("X-Real-IP");
        // RFC 7239, section 6: an IPv6 address in brackets.
        String node = client.indexOf(':') >= 0 ? "[" + client + "]" : client;
        headers.set("Forwarded", "for=\"" + node + "\";proto=" + proto + ";host=\"" + host + "\"");
    }

    /**
     * The client's IP address: the connection's peer, or, when that is a trusted proxy
     * ({@code quarkus.http.proxy.trusted-proxies}), the address Quarkus read from the proxy's
     * X-Forwarded-For. "unknown" (RFC 7239, section 6.3) when the proxy named something that is not an
     * IP address (its own "unknown", an obfuscated name): that text came in a header, and goes no further.
     */
    static String clientAddress(HttpServerRequest in) {
        SocketAddress peer = in.remoteAddress();
        String address = peer == null ? null : peer.hostAddress();
        return address == null || address.isEmpty() ? "unknown" : address;
    }

    /** Sends the request line and headers, then streams the client's body, if it has one, to the service. */
    private static Future<HttpClientResponse> send(HttpServerRequest in, HttpClientRequest request, Upload upload) {
        // A client that hangs up (or resets its HTTP/2 stream) before its answer is complete cancels the
        // request to the service, and so frees the connection to it.
        in.response().exceptionHandler(failure -> request.reset(0, failure));
        upload.request = request;
        if (hasBody(in)) {
            request.setChunked(in.getHeader("Content-Length") == null);
            in.pipe().endOnFailure(false).to(request).onComplete(piped -> {
                if (piped.succeeded()) {
                    upload.sent = true;
                } else {
                    request.reset(0, piped.cause());
                }
            });
        } else {
            upload.sent = true;
            request.end();
            in.resume();
        }
        return request.response();
    }

    /**
     * Whether a body follows the request head: one of declared length, or chunked. HTTP/2 has no
     * chunked encoding: there, an upload without Content-Length (Java's HttpClient sends one after an
     * h2c upgrade) is recognised by its method, and sent to the service chunked.
     */
    private static boolean hasBody(HttpServerRequest in) {
        String length = in.getHeader("Content-Length");
        if (length != null) {
            return !"0".equals(length);
        }
        return in.version() == HttpVersion.HTTP_2
                ? BODY_METHODS.contains(in.method().name())
                : in.headers().contains("Transfer-Encoding", "chunked", true);
    }

    /**
     * Status, end-to-end headers and the body of the service's answer. Most answers are small: one
     * whose declared length is at most {@link #WHOLE_BODY_LIMIT} is read whole and written with its
     * head in one go, where streaming would flush the head with the first part and then the end; and
     * a service that breaks off such an answer is told to the client as 502, since nothing of it has
     * been sent yet. Longer answers, and those of unknown length, are streamed.
     */
    private static void answer(HttpServerRequest in, HttpClientResponse response, String service,
            CircuitBreaker breaker, Upload upload) {
        HttpServerResponse out = in.response();
        int status = response.statusCode();
        boolean bodiless = in.method() == HttpMethod.HEAD || status == 204 || status == 304 || status < 200;
        long length = bodiless ? 0 : contentLength(response);
        if (length >= 0 && length <= WHOLE_BODY_LIMIT) {
            response.body().onComplete(body -> {
                // The service answered before the client's body was all sent (a 413, say): the rest is
                // not wanted, whatever becomes of this answer.
                boolean cutOff = body.failed() && upload.cutOff(body.cause());
                upload.abandon();
                if (body.succeeded() || cutOff) {
                    breaker.onSuccess();
                }
                if (out.closed()) {
                    // The client went away: nobody to answer, and a failure then says nothing about the service.
                    return;
                }
                if (cutOff && status >= 400) {
                    // The close that ended the upload destroyed the answer's body, not its status.
                    closeAfterAnswer(in);
                    ProblemResponses.write(in, ProblemType.forStatus(status).problem(status, status == 413
                            ? "The request body is larger than the " + service + " service accepts."
                            : "The " + service + " service refused the request."));
                    return;
                }
                if (body.failed()) {
                    breaker.onFailure();
                    fail(in, service, body.cause());
                    return;
                }
                head(out, response);
                closeAfterAnswer(in);
                if (bodiless) {
                    out.end();
                } else {
                    out.end(body.result());
                }
            });
            return;
        }
        breaker.onSuccess();
        head(out, response);
        closeAfterAnswer(in);
        boolean unknownLength = length < 0;
        if (unknownLength && in.version() != HttpVersion.HTTP_1_0) {
            out.setChunked(true);
        }
        response.pipe().endOnFailure(false).to(out).onComplete(result -> {
            upload.abandon();
            if (result.failed()) {
                // The service broke off mid-body: the client must not take the part for the whole.
                out.reset();
            } else if (unknownLength && in.version() == HttpVersion.HTTP_1_0) {
                // HTTP/1.0 has no chunks: the end of the connection ends the body.
                in.connection().close();
            }
        });
    }

    /**
     * When the answer goes out before the client has sent its whole body, the rest of the body is
     * not wanted: over HTTP/1.x the connection closes after the answer (api-commons' connection
     * guard reads on for a moment, so that the client gets to read the answer); over HTTP/2 the
     * stream is reset with NO_ERROR once the answer is complete (RFC 9113, section 8.1).
     */
    private static void closeAfterAnswer(HttpServerRequest in) {
        if (in.isEnded()) {
            return;
        }
        HttpServerResponse out = in.response();
        if (in.version() == HttpVersion.HTTP_2) {
            out.endHandler(ended -> out.reset(0));
        } else {
            out.putHeader("Connection", "close");
            out.endHandler(ended -> in.connection().close());
        }
    }

    /** The status and the end-to-end headers of the service's answer. */
    private static void head(HttpServerResponse out, HttpClientResponse response) {
        out.setStatusCode(response.statusCode());
        if (response.statusMessage() != null) {
            out.setStatusMessage(response.statusMessage());
        }
        copyEndToEnd(response.headers(), out.headers(), Forwarder::isGatewayOwned);
        // The service compressed or not (api-commons Compression): its body goes on as it came, never
        // compressed again, so its Content-Encoding replaces the identity Quarkus marks every answer with.
        String encoding = response.getHeader("Content-Encoding");
        if (encoding != null) {
            out.headers().set("Content-Encoding", encoding);
        }
    }

    /** The declared length of the answer's body; -1 when it declares none (or nonsense). */
    private static long contentLength(HttpClientResponse response) {
        String length = response.getHeader("Content-Length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Copies the headers of {@code from} to {@code to}, but for the hop-by-hop ones and those {@code alsoDropped} names. */
    private static void copyEndToEnd(MultiMap from, MultiMap to, Predicate<String> alsoDropped) {
        Set<String> connectionOptions = connectionOptions(from);
        for (Map.Entry<String, String> header : from) {
            String name = header.getKey();
            if (!isHopByHop(name, connectionOptions) && !alsoDropped.test(name)) {
                to.add(name, header.getValue());
            }
        }
    }

    /** The headers that {@code Connection} names: they too describe this connection only. */
    private static Set<String> connectionOptions(MultiMap headers) {
        if (!headers.contains("Connection")) {
            return Set.of();
        }
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String value : headers.getAll("Connection")) {
            for (String option : value.split(",")) {
                names.add(option.trim());
            }
        }
        return names;
    }

    private static boolean isHopByHop(String name, Set<String> connectionOptions) {
        return HOP_BY_HOP.contains(name) || !connectionOptions.isEmpty() && connectionOptions.contains(name);
    }

    /**
     * The CORS and rate-limit headers of a service's answer: the gateway decides both for the client
     * and has already set its own, which must not appear twice or contradict each other.
     */
    static boolean isGatewayOwned(String name) {
        return startsWithIgnoreCase(name, "Access-Control-") || startsWithIgnoreCase(name, "RateLimit");
    }

    private static boolean startsWithIgnoreCase(String name, String prefix) {
        return name.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static void fail(HttpServerRequest in, String service, Throwable failure) {
        LOG.warnf("%s service failed: %s", service, failure.toString());
        boolean timedOut = failure instanceof TimeoutException;
        boolean unreachable = failure instanceof ConnectException
                || failure instanceof UnknownHostException;
        Problem problem = timedOut
                ? ProblemType.UPSTREAM_TIMEOUT.problem(504,
                        "The " + service + " service did not answer in time. Try again later.")
                : unreachable
                        ? ProblemType.UPSTREAM_UNAVAILABLE.problem(503,
                                "The " + service + " service cannot be reached. Try again in "
                                        + UNREACHABLE_RETRY_AFTER_SECONDS + " seconds.")
                        : ProblemType.UPSTREAM_UNAVAILABLE.problem(502,
                                "The " + service + " service failed to answer. Try again later.");
        if (unreachable) {
            in.response().putHeader("Retry-After", String.valueOf(UNREACHABLE_RETRY_AFTER_SECONDS));
        }
        ProblemResponses.write(in, problem);
    }
}
