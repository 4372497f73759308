package org.twintowns.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details object, the body of every error response on the platform.
 *
 * <p>{@code requestId} and {@code errors} are extension members: the request id ties the
 * response to the log lines of its request, and {@code errors} lists the failing fields of a
 * validation problem.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "URI identifying the problem type; about:blank when the status says it all",
                examples = "https://twintowns.org/problems/validation-failed")
        URI type,
        @Schema(description = "Short summary of the problem type", examples = "Validation failed")
        String title,
        @Schema(description = "HTTP status code", examples = "400")
        int status,
        @Schema(description = "Explanation specific to this occurrence",
                examples = "The request has 1 invalid field.")
        String detail,
        @Schema(description = "URI reference of the request that failed", examples = "/api/v1/municipalities")
        String instance,
        @Schema(description = "Request id (X-Request-ID) to quote when reporting the problem",
                examples = "c0a2f5de-3d2a-4b7e-9a9c-6b1d3b1f0c11")
        String requestId,
        @Schema(description = "The fields that failed validation")
        List<FieldError> errors) {

    /** Media type of problem details (RFC 9457, section 3). */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One failing input: where it is and what is wrong with it. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Path of the field in the body, or name of the query/path parameter",
                    examples = "name")
            String field,
            @Schema(description = "What is wrong with it", examples = "must not be blank")
            String message) {
    }

    public Problem withRequest(String instance, String requestId) {
        return new Problem(type, title, status, detail, instance, requestId, errors);
    }
}
