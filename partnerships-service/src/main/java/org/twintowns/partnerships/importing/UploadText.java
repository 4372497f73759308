package org.twintowns.partnerships.importing;

import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.problem.ProblemType;

/**
 * An uploaded data file turned into text before an import starts, so that a file that is not text
 * in its encoding is refused with a 400 and nothing is written. The encoding is the {@code charset}
 * of the Content-Type, else UTF-8 (what the data sets use). Bytes that are not valid in it are
 * refused, not replaced: a Latin-1 file read as UTF-8 would otherwise create "K\uFFFDln". A byte
 * order mark, which spreadsheet programs write, is not part of the first column's name.
 */
final class UploadText {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private UploadText() {
    }

    /** The body as text; a 400 problem when it is empty or not valid in its encoding, a 415 for an unknown charset. */
    static String decode(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalidField("body", "the data file is required as the request body");
        }
        Charset charset = charset(contentType);
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(body.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw invalid(charset, body, in.position(), out.flip());
        }
        String text = out.flip().toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static Charset charset(String contentType) {
        String named = null;
        if (contentType != null) {
            try {
                named = MediaType.valueOf(contentType).getParameters().get("charset");
            } catch (IllegalArgumentException unparsable) {
                // JAX-RS matched the type already; a broken parameter list names no charset.
            }
        }
        if (named == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(named.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw new ProblemException(ProblemType.forStatus(415), 415, "Unknown charset '" + named + "'.");
        }
    }

    /** Names the encoding, the line (the header is line 1) and the byte, so the user can find and fix it. */
    private static ProblemException invalid(Charset charset, byte[] body, int offset, CharSequence decoded) {
        long line = 1 + decoded.chars().filter(c -> c == '\n').count();
        String hint = StandardCharsets.UTF_8.equals(charset)
                ? " (if the file is in another encoding, name it: Content-Type: text/csv; charset=ISO-8859-1)" : "";
        return ProblemException.invalidField("body", String.format(
                "is not valid %s: line %d holds byte 0x%02X at byte offset %d that is not text in that encoding%s;"
                        + " nothing was imported", charset.name(), line, body[offset] & 0xFF, offset, hint));
    }
}
