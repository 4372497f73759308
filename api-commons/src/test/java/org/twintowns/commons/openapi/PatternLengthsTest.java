package org.twintowns.commons.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.text.Slugs;

class PatternLengthsTest {

    @Test
    void shouldGiveTheLongestMatchOfBoundedPatterns() {
        assertEquals(OptionalInt.of(2), PatternLengths.max("[A-Z]{2}"));
        assertEquals(OptionalInt.of(6), PatternLengths.max("[A-Z]{2}-[A-Z0-9]{1,3}"));
        assertEquals(OptionalInt.of(13), PatternLengths.max("Q[1-9][0-9]{0,11}"));
        assertEquals(OptionalInt.of(8), PatternLengths.max("[0-9]{8}"));
        assertEquals(OptionalInt.of(3), PatternLengths.max("[a-z]{2,3}"));
        assertEquals(OptionalInt.of(5), PatternLengths.max("(ab|cde)(?:x|y)?z"));
        assertEquals(OptionalInt.of(3), PatternLengths.max("\\x41[\\]\\-a]\\p{L}"));
        assertEquals(OptionalInt.of(64), PatternLengths.max("^[0-9a-f]{64}$"));
    }

    @Test
    void shouldGiveNoLengthForUnboundedOrUnknownPatterns() {
        assertEquals(OptionalInt.empty(), PatternLengths.max(Slugs.PATTERN));
        assertEquals(OptionalInt.empty(), PatternLengths.max("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"));
        assertEquals(OptionalInt.empty(), PatternLengths.max("https?://[^\\s]+"));
        assertEquals(OptionalInt.empty(), PatternLengths.max("a{2,}"));
        assertEquals(OptionalInt.empty(), PatternLengths.max("(?=a)b"));
        assertEquals(OptionalInt.empty(), PatternLengths.max("(ab"));
        assertEquals(OptionalInt.empty(), PatternLengths.max("\\bword"));
    }
}
