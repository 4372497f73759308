package org.twintowns.commons.problem;

import io.vertx.core.http.HttpMethod;
import java.util.regex.Pattern;

/**
 * A route that takes larger request bodies than every other ({@code twintowns.http.max-body-size}),
 * such as an upload or an import: an application produces one bean of this type per such route, and
 * {@link RouteBodyLimits} holds each request to its route's limit.
 *
 * @param method the route's method
 * @param path   the whole request path the route serves
 * @param limit  the largest body, in bytes, it accepts
 */
public record LargeBodyRoute(HttpMethod method, Pattern path, long limit) {

    /** Whether a request of {@code method} to {@code path} goes to this route. */
    public boolean matches(HttpMethod method, String path) {
        return this.method.equals(method) && this.path.matcher(path).matches();
    }
}
