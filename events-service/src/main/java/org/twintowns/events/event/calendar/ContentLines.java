package org.twintowns.events.event.calendar;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines as RFC 5545 section 3.1 says: no line longer than 75 octets of
 * UTF-8, a continuation starts with one space, and a fold never falls inside a character. ical4j
 * folds at 75 characters, which lets a line of Cyrillic or umlauts run to twice that many octets.
 */
final class ContentLines {

    /** The most octets a line may hold, its CRLF not counted. */
    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private ContentLines() {
    }

    /** The text, made of unfolded lines that end with CRLF, with every line folded. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        for (String line : unfolded.split(CRLF)) {
            foldLine(line, out);
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
