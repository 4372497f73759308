package org.twintowns.commons.requestid;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.MDC;

/**
 * Passes the id of the request being served on to every call a service makes to another with a REST
 * client (reference checks), so that the log lines of both services carry one id. As a
 * {@link Provider} it is registered with every REST client of the application; the W3C trace
 * context goes along beside it, added by OpenTelemetry's own client filter when tracing is on.
 */
@Provider
public class RequestIdClientFilter implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        // The MDC of the request's Vert.x context, which Quarkus carries to the thread making the call.
        Object id = MDC.get(RequestIds.MDC_KEY);
        if (id instanceof String requestId && !request.getHeaders().containsKey(RequestIds.HEADER)) {
            request.getHeaders().putSingle(RequestIds.HEADER, requestId);
        }
    }
}
