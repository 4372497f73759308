package org.twintowns.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.commons.requestid.RequestIds;
import org.twintowns.commons.text.StorableText;
import org.twintowns.commons.text.Texts;

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
                examples = "https://twintowns.org/problems/validation-failed", maxLength = ProblemType.MAX_URI_LENGTH)
        URI type,
        @Schema(description = "Short summary of the problem type", examples = "Validation failed",
                maxLength = MAX_TITLE_LENGTH)
        String title,
        @Schema(description = "HTTP status code", examples = "400", minimum = "400", maximum = "599")
        int status,
        @Schema(description = "Explanation specific to this occurrence",
                examples = "The request has 1 invalid field.", maxLength = MAX_DETAIL_LENGTH)
        String detail,
        @Schema(description = "URI reference of the request that failed", examples = "/api/v1/municipalities",
                maxLength = MAX_INSTANCE_LENGTH)
        String instance,
        @Schema(description = "Request id (X-Request-ID) to quote when reporting the problem",
                examples = "c0a2f5de-3d2a-4b7e-9a9c-6b1d3b1f0c11", maxLength = RequestIds.MAX_LENGTH)
        String requestId,
        @Schema(description = "The fields that failed validation (the first " + MAX_ERRORS + ")",
                maxItems = MAX_ERRORS)
        List<FieldError> errors) {

    /** Media type of problem details (RFC 9457, section 3). */
    public static final String MEDIA_TYPE = "application/problem+json";
    // The lengths the contracts promise: a problem echoes input (paths, field names, messages about
    // values), so every text is cut to its limit here, where all problems are made.
    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_DETAIL_LENGTH = 2000;
    /** The request line Vert.x accepts is at most 4096 characters (quarkus.http.limits.max-initial-line-length). */
    static final int MAX_INSTANCE_LENGTH = 4096;
    static final int MAX_ERRORS = 100;
    static final int MAX_FIELD_LENGTH = 300;
    static final int MAX_MESSAGE_LENGTH = 1000;

    public Problem {
        // Half a surrogate pair echoed from the input could not even be written as JSON.
        title = Texts.clip(StorableText.repaired(title), MAX_TITLE_LENGTH);
        detail = Texts.clip(StorableText.repaired(detail), MAX_DETAIL_LENGTH);
        instance = Texts.clip(StorableText.repaired(instance), MAX_INSTANCE_LENGTH);
        errors = errors == null || errors.size() <= MAX_ERRORS ? errors : List.copyOf(errors.subList(0, MAX_ERRORS));
    }

    /** One failing input: where it is and what is wrong with it. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Path of the field in the body, or name of the query/path parameter",
                    examples = "name", maxLength = MAX_FIELD_LENGTH)
            String field,
            @Schema(description = "What is wrong with it", examples = "must not be blank",
                    maxLength = MAX_MESSAGE_LENGTH)
            String message) {

        public FieldError {
            field = Texts.clip(StorableText.repaired(field), MAX_FIELD_LENGTH);
            message = Texts.clip(StorableText.repaired(message), MAX_MESSAGE_LENGTH);
        }
    }

    public Problem withRequest(String instance, String requestId) {
        return new Problem(type, title, status, detail, instance, requestId, errors);
    }
}
