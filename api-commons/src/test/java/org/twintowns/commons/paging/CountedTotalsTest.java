package org.twintowns.commons.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountedTotalsTest {

    private Instant now = Instant.parse("2026-12-06T04:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private static final String POLAND = "partnership p WHERE p.participant_countries @> ARRAY[:country]{country=PL}";

    @Test
    void shouldAnswerATotalOnlyAtTheHeadItWasCountedAt() {
        CountedTotals totals = new CountedTotals(Duration.ofSeconds(60), clock);
        assertEquals(Total.exact(407), totals.keep(POLAND, 9_041, Total.exact(407)));
        assertEquals(Optional.of(Total.exact(407)), totals.get(POLAND, 9_041));
        assertEquals(Optional.empty(), totals.get(POLAND, 9_042), "a change since");
        assertEquals(Optional.empty(), totals.get(POLAND.replace("PL", "FR"), 9_041), "another list");
    }

    @Test
    void shouldForgetATotalAfterItsTimeToLiveForAChangeTheFeedNeverSaw() {
        CountedTotals totals = new CountedTotals(Duration.ofSeconds(60), clock);
        totals.keep(POLAND, 9_041, Total.exact(407));
        now = now.plusSeconds(59);
        assertTrue(totals.get(POLAND, 9_041).isPresent());
        now = now.plusSeconds(1);
        assertEquals(Optional.empty(), totals.get(POLAND, 9_041));
    }

    @Test
    void shouldNeverKeepAnEstimateAndNothingWithoutATimeToLive() {
        CountedTotals totals = new CountedTotals(Duration.ofSeconds(60), clock);
        totals.keep("news_item n WHERE TRUE{}", 5, new Total(940_000, true));
        assertEquals(Optional.empty(), totals.get("news_item n WHERE TRUE{}", 5));
        CountedTotals off = new CountedTotals(Duration.ZERO, clock);
        assertTrue(off.isOff());
        off.keep(POLAND, 5, Total.exact(407));
        assertEquals(Optional.empty(), off.get(POLAND, 5));
    }

    @Test
    void shouldForgetEverythingRatherThanGrowWithoutBound() {
        CountedTotals totals = new CountedTotals(Duration.ofSeconds(60), clock);
        for (int i = 0; i < CountedTotals.MAX_ENTRIES; i++) {
            totals.keep("list " + i, 1, Total.exact(i));
        }
        assertTrue(totals.get("list 7", 1).isPresent());
        totals.keep("one more", 1, Total.exact(1));
        assertEquals(Optional.empty(), totals.get("list 7", 1));
        assertTrue(totals.get("one more", 1).isPresent());
    }

    @Test
    void shouldTellAConditionThatReadsTheClock() {
        assertTrue(Totals.readsTheClock("news_item n WHERE (n.status IN ('PUBLISHED') AND n.published_at <= now())"));
        assertTrue(Totals.readsTheClock("event e WHERE e.starts_at > CURRENT_TIMESTAMP"));
        assertTrue(Totals.readsTheClock("x WHERE d < current_date"));
        assertFalse(Totals.readsTheClock("municipality m WHERE m.country_code = :country"));
        assertFalse(Totals.readsTheClock("event e WHERE e.snow_depth > 1 AND e.known_by = :nowhere"));
    }
}
