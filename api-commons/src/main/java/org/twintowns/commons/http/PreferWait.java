package org.twintowns.commons.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code wait} preference of a {@code Prefer} header (RFC 7240 section 4.3): how long a client is
 * willing to wait for an answer that is not ready yet. Capped at {@link #MAX_SECONDS}, below the
 * gateway's 15 s route timeout, so a long poll never turns into a gateway timeout.
 */
public final class PreferWait {

    public static final int MAX_SECONDS = 10;
    public static final String HEADER = "Prefer";
    public static final String APPLIED = "Preference-Applied";

    private static final Pattern WAIT = Pattern.compile("(?:^|[,;\\s])wait\\s*=\\s*\"?(\\d{1,9})\"?",
            Pattern.CASE_INSENSITIVE);

    private PreferWait() {
    }

    /** The seconds asked for, 0 when the header asks nothing, at most {@link #MAX_SECONDS}. */
    public static int seconds(String prefer) {
        if (prefer == null) {
            return 0;
        }
        Matcher wait = WAIT.matcher(prefer);
        return wait.find() ? (int) Math.min(MAX_SECONDS, Long.parseLong(wait.group(1))) : 0;
    }
}
