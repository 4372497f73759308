package org.twintowns.commons.problem;

import io.vertx.core.http.HttpServerRequest;
import org.jboss.resteasy.reactive.RestResponse;

/** The problems of authentication (401, with a Bearer challenge) and authorisation (403). */
public final class SecurityProblems {

    /** RFC 6750 challenge sent with every 401. */
    public static final String CHALLENGE = "Bearer realm=\"twintowns\"";

    public static final Problem UNAUTHORIZED = ProblemType.of("authentication-required", "Authentication required")
            .problem(401, "Send a valid bearer token (Authorization: Bearer <JWT>) to do this.");
    public static final Problem FORBIDDEN = ProblemType.of("forbidden", "Forbidden")
            .problem(403, "Your token does not allow this.");

    private SecurityProblems() {
    }

    static RestResponse<Problem> unauthorized(HttpServerRequest request) {
        return RestResponse.ResponseBuilder.<Problem>create(401)
                .entity(ProblemResponses.forRequest(UNAUTHORIZED, request))
                .header("WWW-Authenticate", CHALLENGE)
                .type(Problem.MEDIA_TYPE)
                .build();
    }
}
