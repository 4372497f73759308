package org.twintowns.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyRequest;
import java.net.URI;

/** Opens the request to the service that owns the path, with that route's time limit (reads: one retry to connect). */
final class RouteOrigin implements OriginRequestProvider {

    static final String SERVICE = "gateway.service";

    private final RouteTable routes;

    RouteOrigin(RouteTable routes) {
        this.routes = routes;
    }

    @Override
    public Future<HttpClientRequest> create(ProxyContext context) {
        ProxyRequest request = context.request();
        RouteTable.Entry entry = routes.match(request.proxiedRequest().path()).orElseThrow(
                () -> new IllegalStateException("ReverseProxyRoutes only proxies routed paths"));
        context.set(SERVICE, entry.service());
        URI target = entry.route().url();
        int port = target.getPort() != -1 ? target.getPort() : ("https".equals(target.getScheme()) ? 443 : 80);
        RequestOptions options = new RequestOptions()
                .setHost(target.getHost())
                .setPort(port)
                .setSsl("https".equals(target.getScheme()))
                .setIdleTimeout(entry.route().timeout().toMillis());
        return Retries.onceOnConnectFailure(request.getMethod().name(), () -> context.client().request(options));
    }
}
