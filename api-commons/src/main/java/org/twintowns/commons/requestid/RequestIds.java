package org.twintowns.commons.requestid;

import io.vertx.core.http.HttpServerRequest;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** What a request id is: the header that carries it, what a sane one looks like, and a fresh one. */
public final class RequestIds {

    public static final String HEADER = "X-Request-ID";
    /** MDC key under which log lines carry the id ({@code %X{requestId}} in the log format). */
    public static final String MDC_KEY = "requestId";

    /** The longest id accepted from a client. */
    public static final int MAX_LENGTH = 128;
    /** The separators an id may contain after its first character, which is a letter or digit. */
    private static final String SEPARATORS = "._:+/=@-";

    private RequestIds() {
    }

    /** Letters, digits and a few separators, at most 128 characters, starting with a letter or digit: safe in logs and headers. */
    public static boolean isSane(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH
                || !isAsciiLetterOrDigit(candidate.charAt(0))) {
            return false;
        }
        for (int i = 1; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (!isAsciiLetterOrDigit(c) && SEPARATORS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The client's id when it is sane, otherwise a new one. */
    public static String acceptOrGenerate(String candidate) {
        return isSane(candidate) ? candidate : generate();
    }

    /**
     * A new id: a UUID of version 7 (RFC 9562, section 5.7), whose first 48 bits are the Unix time in
     * milliseconds, so that ids sort roughly as their requests came, and whose other 74 bits are
     * random. They come from {@link ThreadLocalRandom}: an id must be unique, not unguessable, since
     * it grants nothing. {@code UUID.randomUUID()} draws on the operating system's random source under
     * a lock, a cost every request paid at the gateway (bench/gateway-overhead.sh).
     */
    public static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long mostSignificant = System.currentTimeMillis() << 16 | 0x7000L | random.nextInt(0x1000);
        long leastSignificant = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant).toString();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** The id of a request that passed the {@link RequestIdFilter} (which normalises the header). */
    public static String of(HttpServerRequest request) {
        return request.getHeader(HEADER);
    }
}
