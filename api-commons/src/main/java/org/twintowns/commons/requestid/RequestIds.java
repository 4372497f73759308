package org.twintowns.commons.requestid;

import io.vertx.core.http.HttpServerRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/** What a request id is: the header that carries it, what a sane one looks like, and a fresh one. */
public final class RequestIds {

    public static final String HEADER = "X-Request-ID";
    /** MDC key under which log lines carry the id ({@code %X{requestId}} in the log format). */
    public static final String MDC_KEY = "requestId";

    /** The longest id accepted from a client. */
    public static final int MAX_LENGTH = 128;
    /** Letters, digits and a few separators, at most 128 characters: safe in logs and headers. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:+/=@-]{0," + (MAX_LENGTH - 1) + "}");

    private RequestIds() {
    }

    public static boolean isSane(String candidate) {
        return candidate != null && SANE.matcher(candidate).matches();
    }

    /** The client's id when it is sane, otherwise a new random one. */
    public static String acceptOrGenerate(String candidate) {
        return isSane(candidate) ? candidate : UUID.randomUUID().toString();
    }

    /** The id of a request that passed the {@link RequestIdFilter} (which normalises the header). */
    public static String of(HttpServerRequest request) {
        return request.getHeader(HEADER);
    }
}
