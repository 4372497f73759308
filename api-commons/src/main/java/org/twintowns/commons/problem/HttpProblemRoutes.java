package org.twintowns.commons.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Problem details for what never reaches a JAX-RS resource: paths no route serves, and failures
 * raised by the HTTP layer itself (body too large, a handler that failed). Without this, Vert.x
 * and Quarkus answer those with plain text or HTML.
 */
@ApplicationScoped
public class HttpProblemRoutes {

    private static final Logger LOG = Logger.getLogger(HttpProblemRoutes.class);

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(HttpProblemRoutes::failure);
        router.route().last().handler(ctx -> ProblemResponses.write(ctx.request(),
                ProblemType.forStatus(404).problem(404, "There is nothing at " + ctx.request().path() + ".")));
    }

    static void failure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            ctx.response().putHeader("WWW-Authenticate", SecurityProblems.CHALLENGE);
            ProblemResponses.write(ctx.request(), SecurityProblems.UNAUTHORIZED);
            return;
        }
        if (failure instanceof ForbiddenException) {
            ProblemResponses.write(ctx.request(), SecurityProblems.FORBIDDEN);
            return;
        }
        var database = DatabaseProblems.unavailable(failure).or(() -> DatabaseProblems.lostRace(failure, ctx.request()))
                .or(() -> DatabaseProblems.unstorableValue(failure));
        if (database.isPresent()) {
            if (!ctx.response().headWritten()) {
                database.get().headers().forEach(ctx.response()::putHeader);
            }
            ProblemResponses.write(ctx.request(), database.get().problem());
            return;
        }
        int status = ctx.statusCode() < 400 ? 500 : ctx.statusCode();
        if (status >= 500) {
            LOG.error("Request failed in the HTTP layer", ctx.failure());
        }
        String detail = switch (status) {
            case 413 -> "The request body is larger than this service accepts.";
            case 500 -> "The request could not be completed. Quote the request id when reporting this.";
            default -> "The request could not be completed.";
        };
        Problem problem = status == 500
                ? ProblemType.INTERNAL_ERROR.problem(500, detail)
                : ProblemType.forStatus(status).problem(status, detail);
        ProblemResponses.write(ctx.request(), problem);
    }
}
