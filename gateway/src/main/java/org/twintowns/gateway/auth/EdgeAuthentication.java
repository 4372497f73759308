package org.twintowns.gateway.auth;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.problem.ProblemResponses;
import org.twintowns.commons.problem.SecurityProblems;
import org.twintowns.gateway.EdgeOrder;
import org.twintowns.gateway.config.GatewayConfig;

/**
 * Checks bearer tokens before anything is proxied: a token that is sent must be valid (signature,
 * issuer, audience, expiry), and writes need one unless configured as anonymous. A valid token is
 * passed on unchanged; the services check it again and decide about roles.
 *
 * <p>Two steps around the rate limit ({@link EdgeOrder}): one finds who is calling (the limit
 * keys on it), the other refuses, so that refused requests are counted too.
 */
@ApplicationScoped
public class EdgeAuthentication {

    /** Routing-context key of the subject of a valid token. */
    public static final String SUBJECT = "gateway.subject";
    private static final String INVALID = "gateway.token-invalid";

    private static final Logger LOG = Logger.getLogger(EdgeAuthentication.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String INVALID_CHALLENGE = SecurityProblems.CHALLENGE + ", error=\"invalid_token\"";
    private static final Problem INVALID_TOKEN = new Problem(
            SecurityProblems.UNAUTHORIZED.type(), SecurityProblems.UNAUTHORIZED.title(), 401,
            "The bearer token is not valid: it is expired, not yet valid, for another audience or issuer, "
                    + "or not signed by the platform.", null, null, null);

    @Inject
    Vertx vertx;

    @Inject
    JWTParser parser;

    @Inject
    GatewayConfig config;

    private AnonymousWrites anonymousWrites;

    void mount(@Observes Router router) {
        anonymousWrites = new AnonymousWrites(config.auth().anonymousWrites());
        router.route("/api/v1/*").order(EdgeOrder.IDENTIFY).handler(this::identify);
        router.route("/api/v1/*").order(EdgeOrder.ENFORCE).handler(this::enforce);
    }

    private void identify(RoutingContext ctx) {
        String token = bearerToken(ctx.request().getHeader("Authorization"));
        if (token == null) {
            ctx.next();
            return;
        }
        // Verification may load the key (a file or a JWKS URL) the first time: off the event loop.
        vertx.<JsonWebToken>executeBlocking(() -> parser.parse(token), false).onComplete(result -> {
            if (result.succeeded()) {
                JsonWebToken jwt = result.result();
                ctx.put(SUBJECT, jwt.getSubject() != null ? jwt.getSubject() : jwt.getName());
            } else {
                LOG.debugf("Rejected bearer token: %s", result.cause().getMessage());
                ctx.put(INVALID, Boolean.TRUE);
            }
            ctx.next();
        });
    }

    private void enforce(RoutingContext ctx) {
        if (ctx.get(INVALID) != null) {
            reject(ctx, INVALID_TOKEN, INVALID_CHALLENGE);
            return;
        }
        String method = ctx.request().method().name();
        if (ctx.get(SUBJECT) != null || SAFE_METHODS.contains(method)
                || anonymousWrites.allows(method, ctx.request().path())) {
            ctx.next();
            return;
        }
        reject(ctx, SecurityProblems.UNAUTHORIZED, SecurityProblems.CHALLENGE);
    }

    /** The token of an {@code Authorization: Bearer} header; null when there is none or another scheme. */
    static String bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    private static void reject(RoutingContext ctx, Problem problem, String challenge) {
        ctx.response().putHeader("WWW-Authenticate", challenge);
        ProblemResponses.write(ctx.request(), problem);
    }
}
