package org.twintowns.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.problem.ProblemResponses;
import org.twintowns.commons.problem.ProblemType;

/**
 * Turns a service that cannot be reached into 503 (it is down: try again shortly), one that
 * breaks off its answer into 502 and one that does not answer in time into 504, all as problem
 * details instead of the proxy's empty 502; and tells the service's
 * circuit breaker how the request went. An answer, whatever its status, is a success: the
 * service is up and speaking for itself.
 */
final class UpstreamFailureInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailureInterceptor.class);
    /**
     * A refused connection is mostly a service that is restarting or down: worth a retry soon. (Once
     * the circuit breaker opens, its own Retry-After covers the rest of the outage.)
     */
    static final int UNREACHABLE_RETRY_AFTER_SECONDS = 5;

    private final CircuitBreakers breakers;

    UpstreamFailureInterceptor(CircuitBreakers breakers) {
        this.breakers = breakers;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest()
                .onSuccess(response -> record(context, true))
                .recover(failure -> {
                    if (context.request().proxiedRequest().response().closed()) {
                        // The client went away and the proxy reset the request: nobody to answer, and
                        // nothing learned about the service, so its circuit breaker is left alone.
                        return Future.failedFuture(failure);
                    }
                    record(context, false);
                    return Future.succeededFuture(problemResponse(context, failure));
                });
    }

    private void record(ProxyContext context, boolean success) {
        String service = context.get(RouteOrigin.SERVICE, String.class);
        if (service == null) {
            return; // failed before a service was chosen: nothing to say about any service
        }
        CircuitBreaker breaker = breakers.of(service);
        if (success) {
            breaker.onSuccess();
        } else {
            breaker.onFailure();
        }
    }

    private static ProxyResponse problemResponse(ProxyContext context, Throwable failure) {
        String service = context.get(RouteOrigin.SERVICE, String.class);
        boolean timedOut = failure instanceof TimeoutException;
        LOG.warnf("%s service failed: %s", service, failure.toString());
        boolean unreachable = isUnreachable(failure);
        Problem problem = timedOut
                ? ProblemType.UPSTREAM_TIMEOUT.problem(504,
                        "The " + service + " service did not answer in time. Try again later.")
                : unreachable
                        ? ProblemType.UPSTREAM_UNAVAILABLE.problem(503,
                                "The " + service + " service cannot be reached. Try again in "
                                        + UNREACHABLE_RETRY_AFTER_SECONDS + " seconds.")
                        : ProblemType.UPSTREAM_UNAVAILABLE.problem(502,
                                "The " + service + " service failed to answer. Try again later.");
        Problem full = ProblemResponses.forRequest(problem, context.request().proxiedRequest());
        ProxyResponse response = context.request().release().response();
        if (unreachable) {
            response.putHeader("Retry-After", String.valueOf(UNREACHABLE_RETRY_AFTER_SECONDS));
        }
        return response
                .setStatusCode(full.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .setBody(Body.body(Buffer.buffer(ProblemResponses.bytes(full))));
    }

    private static boolean isUnreachable(Throwable failure) {
        return failure instanceof ConnectException || failure instanceof UnknownHostException;
    }
}
