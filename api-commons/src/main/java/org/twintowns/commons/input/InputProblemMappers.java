package org.twintowns.commons.input;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.vertx.core.http.HttpServerRequest;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.twintowns.commons.problem.JsonPaths;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.problem.ProblemResponses;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.commons.problem.ValidationProblems;
import org.twintowns.commons.text.StorableText;

/**
 * Problem responses for input a client can correct but no framework mapper knows: unstorable text
 * in a parameter or a JSON string (400 naming the field), a JSON document beyond the stream limits
 * (nesting, number or string length) and any other JSON the parser cannot read (400 malformed).
 */
public class InputProblemMappers {

    @ServerExceptionMapper
    public RestResponse<Problem> unstorableParameter(UnstorableParameterException e, HttpServerRequest request) {
        return ProblemResponses.rest(ValidationProblems.single(e.parameter(), StorableText.REFUSAL), request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unstorableJson(UnstorableJsonTextException e, HttpServerRequest request) {
        return ProblemResponses.rest(unstorableJson(e), request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> beyondLimits(StreamConstraintsException e, HttpServerRequest request) {
        return ProblemResponses.rest(beyondLimits(), request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unreadableJson(StreamReadException e, HttpServerRequest request) {
        return ProblemResponses.rest(unreadable(), request);
    }

    /**
     * The problem for a JSON failure this class knows, also when the body reader wrapped it in a
     * WebApplicationException (ProblemExceptionMappers unwraps and asks here).
     */
    public static Optional<Problem> problemFor(Throwable cause) {
        if (cause instanceof UnstorableJsonTextException unstorable) {
            return Optional.of(unstorableJson(unstorable));
        }
        if (cause instanceof StreamConstraintsException) {
            return Optional.of(beyondLimits());
        }
        if (cause instanceof StreamReadException && !(cause instanceof JsonParseException)) {
            return Optional.of(unreadable());
        }
        return Optional.empty();
    }

    static Problem unstorableJson(UnstorableJsonTextException e) {
        String field = JsonPaths.of(e);
        return ValidationProblems.single(field.isEmpty() ? "body" : field, StorableText.REFUSAL);
    }

    static Problem beyondLimits() {
        return ProblemType.MALFORMED_BODY.problem(400, "The request body is beyond what this service reads: JSON "
                + "nested more than " + StorableJson.MAX_NESTING_DEPTH + " levels deep, or a number or string too long.");
    }

    static Problem unreadable() {
        return ProblemType.MALFORMED_BODY.problem(400, "The request body could not be read as JSON.");
    }
}
