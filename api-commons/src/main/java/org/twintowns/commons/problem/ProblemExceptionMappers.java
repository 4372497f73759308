package org.twintowns.commons.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.twintowns.commons.input.InputProblemMappers;

/**
 * Maps every exception that leaves a JAX-RS resource to an RFC 9457 problem response. Nothing
 * from an exception's message reaches the client unless it was written for the client
 * ({@link ProblemException}); everything else gets a fixed, safe detail.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public RestResponse<Problem> problem(ProblemException e, HttpServerRequest request) {
        RestResponse<Problem> response = ProblemResponses.rest(e.problem(), request);
        e.headers().forEach((name, value) -> response.getHeaders().putSingle(name, value));
        return response;
    }

    @ServerExceptionMapper
    public RestResponse<Problem> validation(ConstraintViolationException e, HttpServerRequest request) {
        Problem problem = ValidationProblems.from(e);
        if (problem.status() >= 500) {
            LOG.error("Response failed its own constraints", e);
        }
        return ProblemResponses.rest(problem, request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> malformedJson(JsonParseException e, HttpServerRequest request) {
        return ProblemResponses.rest(ProblemType.MALFORMED_BODY.problem(400,
                "The request body is not well-formed JSON (line " + e.getLocation().getLineNr()
                        + ", column " + e.getLocation().getColumnNr() + ")."), request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unknownField(UnrecognizedPropertyException e, HttpServerRequest request) {
        return ProblemResponses.rest(ValidationProblems.single(JsonPaths.of(e), "is not a known field"), request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> wrongFormat(InvalidFormatException e, HttpServerRequest request) {
        return ProblemResponses.rest(ValidationProblems.single(JsonPaths.of(e),
                "has a value of the wrong format or type"), request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        String field = JsonPaths.of(e);
        if (field.isEmpty()) {
            return ProblemResponses.rest(ProblemType.MALFORMED_BODY.problem(400,
                    "The request body does not have the expected JSON structure."), request);
        }
        return ProblemResponses.rest(ValidationProblems.single(field, "has a value of the wrong type"), request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> jsonMapping(JsonMappingException e, HttpServerRequest request) {
        return ProblemResponses.rest(ProblemType.MALFORMED_BODY.problem(400,
                "The request body could not be read as the expected JSON document."), request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        // The JSON reader wraps parse errors, sometimes more than one level deep.
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            Optional<Problem> input = InputProblemMappers.problemFor(cause);
            if (input.isPresent()) {
                return ProblemResponses.rest(input.get(), request);
            }
            if (cause instanceof JsonParseException parse) {
                return malformedJson(parse, request);
            }
            if (cause instanceof MismatchedInputException mismatch) {
                return mismatchedInput(mismatch, request);
            }
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers a query parameter that fails conversion with 404; it is bad input.
            var parameter = ParameterFailures.offendingQueryParameter(request, e.getCause());
            if (parameter.isPresent()) {
                return ProblemResponses.rest(ValidationProblems.single(parameter.get(),
                        "has a value of the wrong type or format"), request);
            }
        }
        Problem problem = ProblemType.forStatus(status).problem(status, webDetail(e, request));
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        return ProblemResponses.rest(problem, request, e.getResponse());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unauthenticated(AuthenticationFailedException e, HttpServerRequest request) {
        return SecurityProblems.unauthorized(request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return SecurityProblems.unauthorized(request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, HttpServerRequest request) {
        return ProblemResponses.rest(SecurityProblems.FORBIDDEN, request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, HttpServerRequest request) {
        var database = DatabaseProblems.unavailable(e).or(() -> DatabaseProblems.lostRace(e, request))
                .or(() -> DatabaseProblems.unstorableValue(e));
        if (database.isPresent()) {
            return problem(database.get(), request);
        }
        LOG.error("Unexpected failure", e);
        return ProblemResponses.rest(ProblemType.INTERNAL_ERROR.problem(500,
                "The request could not be completed. Quote the request id when reporting this."), request);
    }

    private static String webDetail(WebApplicationException e, HttpServerRequest request) {
        if (e instanceof NotFoundException) {
            return "There is nothing at " + request.path() + ".";
        }
        if (e instanceof NotAllowedException) {
            String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
            return "Method " + request.method() + " is not allowed on " + request.path()
                    + (allow == null ? "." : "; allowed: " + allow + ".");
        }
        if (e instanceof NotSupportedException) {
            String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
            return "Content type " + (type == null ? "(none)" : "'" + type + "'")
                    + " is not supported here; send one of the media types this operation's request body lists in "
                    + "the contract (most writes take application/json).";
        }
        return switch (e.getResponse().getStatus()) {
            case 400 -> "The request is not valid.";
            case 406 -> "None of the media types in the Accept header can be produced here.";
            default -> "The request could not be completed.";
        };
    }
}
