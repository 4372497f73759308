package org.twintowns.commons.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecentEstimatesTest {

    private Instant now = Instant.parse("2026-12-05T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void shouldKeepAnEstimateForItsTimeToLiveOnly() {
        RecentEstimates estimates = new RecentEstimates(Duration.ofSeconds(10), clock);
        Total estimate = new Total(14_652, true);
        assertEquals(estimate, estimates.keep("municipality m WHERE TRUE{}", estimate));
        now = now.plusSeconds(9);
        assertEquals(Optional.of(estimate), estimates.get("municipality m WHERE TRUE{}"));
        assertEquals(Optional.empty(), estimates.get("municipality m WHERE m.country_code = :country{country=FR}"));
        now = now.plusSeconds(1);
        assertEquals(Optional.empty(), estimates.get("municipality m WHERE TRUE{}"), "expired");
    }

    @Test
    void shouldNeverKeepAnExactTotal() {
        RecentEstimates estimates = new RecentEstimates(Duration.ofSeconds(10), clock);
        estimates.keep("news_item n WHERE TRUE{}", Total.exact(12));
        assertEquals(Optional.empty(), estimates.get("news_item n WHERE TRUE{}"));
    }

    @Test
    void shouldKeepNothingWithoutATimeToLive() {
        RecentEstimates estimates = new RecentEstimates(Duration.ZERO, clock);
        estimates.keep("k", new Total(5_000, true));
        assertEquals(Optional.empty(), estimates.get("k"));
    }

    @Test
    void shouldForgetEverythingRatherThanGrowWithoutBound() {
        RecentEstimates estimates = new RecentEstimates(Duration.ofMinutes(1), clock);
        for (int i = 0; i <= RecentEstimates.MAX_ENTRIES; i++) {
            estimates.keep("k" + i, new Total(5_000 + i, true));
        }
        // The last one is kept; the first ones went when the map was full.
        assertTrue(estimates.get("k" + RecentEstimates.MAX_ENTRIES).isPresent());
        assertEquals(Optional.empty(), estimates.get("k0"));
    }
}
