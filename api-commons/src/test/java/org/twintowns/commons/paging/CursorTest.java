package org.twintowns.commons.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.problem.ProblemException;

class CursorTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-05-01T10:00:00.123456Z");
    private static final OffsetDateTime UNTIL = OffsetDateTime.parse("2026-05-01T10:05:00Z");

    @Test
    void shouldReadBackWhatItWrote() {
        Cursor cursor = new Cursor(AT, List.of(UUID.randomUUID(), UUID.randomUUID()), UNTIL, 7);
        String after = cursor.encode();
        assertTrue(after.matches(Cursor.PATTERN) && after.length() <= Cursor.MAX_LENGTH, after);
        assertEquals(cursor, Cursor.decode(after));
    }

    @Test
    void shouldKeepTimesBeforeTheEpochToTheMicrosecond() {
        OffsetDateTime early = OffsetDateTime.parse("1969-12-31T23:59:59.999999Z");
        Cursor cursor = new Cursor(early, List.of(UUID.randomUUID()), UNTIL, 1);
        assertEquals(early, Cursor.decode(cursor.encode()).updatedAt());
    }

    @Test
    void shouldRefuseWhatItDidNotWriteNamingAfter() {
        for (String bad : List.of("", "!!", "MX4", encode("1~1~2~0~" + UUID.randomUUID()),
                encode("1~x~2~1~" + UUID.randomUUID()), encode("2~1~2~1~" + UUID.randomUUID()),
                encode("1~1~2~1~not-a-uuid"), encode("1~99999999999999999999~2~1~" + UUID.randomUUID()),
                encode("1~" + Long.MAX_VALUE + "~2~1~" + UUID.randomUUID()), "A".repeat(Cursor.MAX_LENGTH + 1))) {
            ProblemException refused = assertThrows(ProblemException.class, () -> Cursor.decode(bad), bad);
            assertEquals("after", refused.problem().errors().get(0).field(), bad);
        }
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
