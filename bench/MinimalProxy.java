import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.util.Set;

/**
 * A yardstick for bench/gateway-overhead.sh, not a part of the platform: the least a reverse proxy built on
 * the gateway's own Vert.x and Netty does per request. No route table, tokens, rate limits, CORS, metrics,
 * compression, forwarding headers or circuit breakers; request and answer read whole and written on. One client
 * per event loop, as the gateway has, with kept-alive connections and Linux's epoll.
 *
 * <p>Run with the gateway's libraries on the class path (Java's single-file launcher compiles it):
 * {@code java -cp "gateway/target/quarkus-app/lib/main/*" bench/MinimalProxy.java PORT TARGET_HOST TARGET_PORT}
 */
public class MinimalProxy extends AbstractVerticle {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "transfer-encoding", "host",
            "te", "trailer", "upgrade", "proxy-connection");

    /** Where it listens, and the service behind it. */
    private final int port;
    private final SocketAddress service;

    MinimalProxy(int port, SocketAddress service) {
        this.port = port;
        this.service = service;
    }

    @Override
    public void start() {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(32));
        // The request's body is read whole first: a request ends (and can no longer be read) while the
        // connection to the service is still being taken from the pool.
        vertx.createHttpServer().requestHandler(in -> in.body().compose(body -> client.request(new RequestOptions()
                        .setMethod(in.method()).setHost(service.host()).setPort(service.port()).setURI(in.uri()))
                .compose(request -> {
                    in.headers().forEach(h -> {
                        if (!HOP_BY_HOP.contains(h.getKey().toLowerCase())) {
                            request.putHeader(h.getKey(), h.getValue());
                        }
                    });
                    return request.send(body);
                }))
                .compose(response -> response.body().map(body -> {
                    HttpServerResponse out = in.response().setStatusCode(response.statusCode());
                    response.headers().forEach(h -> {
                        if (!HOP_BY_HOP.contains(h.getKey().toLowerCase())) {
                            out.putHeader(h.getKey(), h.getValue());
                        }
                    });
                    return out.end(body);
                }))
                .onFailure(failure -> in.response().setStatusCode(502).end()))
                .listen(port);
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        SocketAddress service = SocketAddress.inetSocketAddress(Integer.parseInt(args[2]), args[1]);
        int loops = Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true).setEventLoopPoolSize(loops));
        vertx.deployVerticle(() -> new MinimalProxy(port, service), new DeploymentOptions().setInstances(loops));
    }
}
