package org.twintowns.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;

/**
 * Drops the CORS and rate-limit headers of a service's answer: the gateway decides both for the
 * client and has already set its own, which must not appear twice or contradict each other.
 */
final class GatewayOwnedHeaders implements ProxyInterceptor {

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        var headers = context.response().headers();
        headers.names().stream()
                .filter(name -> startsWithIgnoreCase(name, "Access-Control-") || startsWithIgnoreCase(name, "RateLimit"))
                .toList()
                .forEach(headers::remove);
        return context.sendResponse();
    }

    private static boolean startsWithIgnoreCase(String name, String prefix) {
        return name.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
