package org.twintowns.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Tells the service who really asked (RFC 7239 {@code Forwarded} and the common
 * {@code X-Forwarded-*} headers), so that its logs, links and rate decisions see the client.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest original = context.request().proxiedRequest();
        String client = original.remoteAddress() == null ? "unknown" : original.remoteAddress().hostAddress();
        String proto = original.isSSL() ? "https" : "http";
        String host = original.authority() == null ? null : original.authority().toString();
        var headers = context.request().headers();
        String priorFor = headers.get("X-Forwarded-For");
        headers.set("X-Forwarded-For", priorFor == null ? client : priorFor + ", " + client);
        headers.set("X-Forwarded-Proto", proto);
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }
        String forwarded = "for=\"" + client + "\";proto=" + proto + (host == null ? "" : ";host=\"" + host + "\"");
        String priorForwarded = headers.get("Forwarded");
        headers.set("Forwarded", priorForwarded == null ? forwarded : priorForwarded + ", " + forwarded);
        return context.sendRequest();
    }
}
