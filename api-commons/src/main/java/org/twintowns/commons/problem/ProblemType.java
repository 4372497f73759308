package org.twintowns.commons.problem;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.net.URI;

/**
 * The problem types the platform uses. A type says what went wrong in a way a client can act
 * on; {@link #forStatus(int)} covers statuses whose HTTP meaning is already the whole story
 * ({@code about:blank}, RFC 9457 section 4.2.1).
 */
public record ProblemType(URI uri, String title) {

    /** Base of the platform's problem type URIs; they identify types and need not resolve. */
    public static final String BASE = "https://twintowns.org/problems/";

    public static final ProblemType VALIDATION_FAILED = of("validation-failed", "Validation failed");
    public static final ProblemType MALFORMED_BODY = of("malformed-request-body", "Malformed request body");
    public static final ProblemType RESOURCE_NOT_FOUND = of("resource-not-found", "Resource not found");
    public static final ProblemType CONFLICT = of("conflict", "Conflict");
    /** If-Match names a version that is no longer current, also when a concurrent write just changed it. */
    public static final ProblemType PRECONDITION_FAILED = of("precondition-failed", "Precondition failed");
    public static final ProblemType INTERNAL_ERROR = of("internal-error", "Internal server error");
    public static final ProblemType UPSTREAM_UNAVAILABLE = of("upstream-unavailable", "Upstream service unavailable");
    public static final ProblemType UPSTREAM_TIMEOUT = of("upstream-timeout", "Upstream service timed out");

    /** The longest type URI (the contracts say so); a longer one is a programming error. */
    public static final int MAX_URI_LENGTH = 200;

    public ProblemType {
        if (uri.toString().length() > MAX_URI_LENGTH) {
            throw new IllegalArgumentException("Problem type URI longer than " + MAX_URI_LENGTH + ": " + uri);
        }
    }

    public static ProblemType of(String slug, String title) {
        return new ProblemType(URI.create(BASE + slug), title);
    }

    /** The generic type for an HTTP status: {@code about:blank} with the status phrase as title. */
    public static ProblemType forStatus(int status) {
        return new ProblemType(URI.create("about:blank"), reasonPhrase(status));
    }

    public static String reasonPhrase(int status) {
        return switch (status) {
            // Netty still uses the pre-RFC 9110 phrase for 413.
            case 413 -> "Content Too Large";
            case 422 -> "Unprocessable Content";
            default -> HttpResponseStatus.valueOf(status).reasonPhrase();
        };
    }

    public Problem problem(int status, String detail) {
        return new Problem(uri, title, status, detail, null, null, null);
    }
}
