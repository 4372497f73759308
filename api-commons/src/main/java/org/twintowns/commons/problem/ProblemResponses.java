package org.twintowns.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.requestid.RequestIds;

/** Turns a {@link Problem} into an HTTP response, at the JAX-RS level or straight on Vert.x. */
public final class ProblemResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponses() {
    }

    /** Completes a problem with the request it answers: its path as instance, and its id. */
    public static Problem forRequest(Problem problem, HttpServerRequest request) {
        return problem.withRequest(request.path(), RequestIds.of(request));
    }

    public static RestResponse<Problem> rest(Problem problem, HttpServerRequest request) {
        return rest(problem, request, null);
    }

    /** A problem response that keeps the headers of the error it replaces (Allow on 405, Retry-After on 503). */
    public static RestResponse<Problem> rest(Problem problem, HttpServerRequest request, Response original) {
        RestResponse.ResponseBuilder<Problem> builder = RestResponse.ResponseBuilder.<Problem>create(problem.status())
                .entity(forRequest(problem, request));
        if (original != null) {
            original.getStringHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(v -> builder.header(name, v));
                }
            });
        }
        return builder.type(Problem.MEDIA_TYPE).build();
    }

    /** Writes a problem directly on a Vert.x response, for errors that never reach JAX-RS. */
    public static void write(HttpServerRequest request, Problem problem) {
        HttpServerResponse response = request.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            // Too late for a clean error: the client must see a broken response, not a wrong one.
            request.connection().close();
            return;
        }
        Problem full = forRequest(problem, request);
        response.setStatusCode(full.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Buffer.buffer(bytes(full)));
    }

    public static byte[] bytes(Problem problem) {
        try {
            return JSON.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Problem details are always serialisable", e);
        }
    }
}
