package org.twintowns.commons.input;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.core.multipart.MultiPartParserDefinition;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;
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
 * (nesting, number or string length), any other JSON the parser cannot read, and a multipart body
 * cut short (400 malformed).
 */
public class InputProblemMappers {

    private static final Logger LOG = Logger.getLogger(InputProblemMappers.class);

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
     * The multipart parser ends with an IOException when the body stops before the closing boundary
     * (an upload cut short, a body that is not multipart at all): the client's fault, 400. Any other
     * IOException that leaves a resource is the service's own failure.
     */
    @ServerExceptionMapper
    public RestResponse<Problem> io(IOException e, HttpServerRequest request) {
        if (e instanceof MultiPartParserDefinition.FileTooLargeException) {
            return ProblemResponses.rest(ProblemType.forStatus(413).problem(413,
                    "A part of the multipart/form-data body is larger than this service accepts; nothing was stored."),
                    request);
        }
        if (overTheBodyLimit(e)) {
            // Quarkus REST has answered 413 itself already (the connection guard gives it a problem
            // body); this only keeps the refusal out of the error log.
            return ProblemResponses.rest(ProblemType.forStatus(413).problem(413,
                    "The request body is larger than this service accepts; nothing was stored."), request);
        }
        if (fromMultipartParser(e)) {
            return ProblemResponses.rest(malformedMultipart(), request);
        }
        LOG.error("Unexpected failure", e);
        return ProblemResponses.rest(ProblemType.INTERNAL_ERROR.problem(500,
                "The request could not be completed. Quote the request id when reporting this."), request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> malformedMultipart(MultipartParser.MalformedMessageException e,
                                                    HttpServerRequest request) {
        return ProblemResponses.rest(malformedMultipart(), request);
    }

    /** Quarkus REST's body stream ends a body read past quarkus.http.limits.max-body-size so. */
    private static boolean overTheBodyLimit(IOException e) {
        StackTraceElement[] frames = e.getStackTrace();
        return "Request too large".equals(e.getMessage()) && frames.length > 0
                && frames[0].getClassName().endsWith(".VertxInputStream");
    }

    private static boolean fromMultipartParser(Throwable e) {
        StackTraceElement[] frames = e.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().startsWith(MultipartParser.class.getPackageName() + ".")
                || e.getCause() instanceof MultipartParser.MalformedMessageException;
    }

    static Problem malformedMultipart() {
        return ProblemType.MALFORMED_BODY.problem(400, "The multipart/form-data body ends before its closing "
                + "boundary or is not well-formed; nothing was stored.");
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
