package org.twintowns.commons.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.twintowns.commons.problem.ProblemException;

/**
 * Where a sync walk stands: the {@code updatedAt} and key (id, or the ids that make an item unique)
 * of the last item a page showed, the end of the walk's window ({@code syncedUntil}, fixed by its
 * first page) and the number of the page that follows. Clients see it as the opaque {@code after}
 * parameter of a {@code next} link: base64url text, never to be built or read by them.
 */
record Cursor(OffsetDateTime updatedAt, List<UUID> key, OffsetDateTime until, int page) {

    /** The longest {@code after} value: two UUIDs and three numbers fit well below. */
    static final int MAX_LENGTH = 200;
    static final String PATTERN = "[A-Za-z0-9_-]+";
    static final String PARAMETER = "after";
    private static final Pattern FORM = Pattern.compile(PATTERN);
    static final String MESSAGE = "must be the after value of a next link this list gave; start the walk "
            + "again without it";

    String encode() {
        StringBuilder text = new StringBuilder("1~").append(micros(updatedAt)).append('~').append(micros(until))
                .append('~').append(page);
        key.forEach(id -> text.append('~').append(id));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of an {@code after} value; a 400 naming the parameter when it is not one this API gave. */
    static Cursor decode(String after) {
        if (after.length() > MAX_LENGTH || !FORM.matcher(after).matches()) {
            throw ProblemException.invalidField(PARAMETER, MESSAGE);
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split("~");
            if (parts.length < 5 || !parts[0].equals("1")) {
                throw ProblemException.invalidField(PARAMETER, MESSAGE);
            }
            List<UUID> key = new ArrayList<>();
            for (int i = 4; i < parts.length; i++) {
                key.add(UUID.fromString(parts[i]));
            }
            int page = Integer.parseInt(parts[3]);
            if (page < 1 || page > PageParams.MAX_PAGE) {
                throw ProblemException.invalidField(PARAMETER, MESSAGE);
            }
            return new Cursor(time(Long.parseLong(parts[1])), List.copyOf(key), time(Long.parseLong(parts[2])), page);
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            throw ProblemException.invalidField(PARAMETER, MESSAGE);
        }
    }

    private static long micros(OffsetDateTime time) {
        Instant instant = time.toInstant();
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    /** The instant of a number of microseconds; years PostgreSQL and RFC 3339 both know only. */
    private static OffsetDateTime time(long micros) {
        OffsetDateTime time = Instant.EPOCH.plus(micros, ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        if (time.getYear() < 1 || time.getYear() > 9999) {
            throw new IllegalArgumentException("Out of range: " + time);
        }
        return time;
    }
}
