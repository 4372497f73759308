package org.twintowns.news.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchPeriodsTest {

    private static final Instant NOW = Instant.parse("2026-11-21T11:00:00Z");

    @Test
    void shouldCoverEveryWeekOnceNewestFirstWithStepsAtMostTwiceWhatCameBefore() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            Instant newest = NOW.minus(Duration.ofHours(random.nextInt(24 * 365 * 3)));
            // Back to 1950 at most, through negative weeks before 1970.
            Instant oldest = newest.minus(Duration.ofHours(random.nextInt(24 * 365 * 77)));
            List<Integer> periods = SearchPeriods.between(newest, oldest);
            int expected = SearchPeriods.week(newest);
            int covered = 0;
            for (int period : periods) {
                int[] weeks = SearchPeriods.weeksOf(period);
                assertEquals(expected, weeks[0] + weeks[1] - 1, "periods follow each other without gap or overlap");
                assertTrue(covered == 0 ? weeks[1] == 1 : weeks[1] <= 2 * covered, "steps grow at most twofold");
                expected = weeks[0] - 1;
                covered += weeks[1];
            }
            assertTrue(expected < SearchPeriods.week(oldest), "down to the oldest week");
            assertTrue(expected >= SearchPeriods.week(oldest) - 64, "and not much further");
        }
    }

    @Test
    void shouldTakeLongPeriodsSoFewStepsCoverYears() {
        List<Integer> fiveYears = SearchPeriods.between(NOW, NOW.minus(Duration.ofDays(5 * 365)));
        assertTrue(fiveYears.size() <= 18, "five years in " + fiveYears.size() + " steps");
        List<Integer> oneWeek = SearchPeriods.between(NOW, NOW.minus(Duration.ofDays(1)));
        assertTrue(oneWeek.size() <= 2);
    }

    @Test
    void shouldNumberPeriodsOfEveryLengthApart() {
        for (Instant at : List.of(NOW, Instant.EPOCH, Instant.parse("1960-03-01T00:00:00Z"),
                Instant.parse("2099-12-31T23:59:59Z"))) {
            List<Integer> periods = SearchPeriods.periodsOf(at);
            assertEquals(SearchPeriods.LEVELS, periods.size());
            for (int level = 0; level < periods.size(); level++) {
                int[] weeks = SearchPeriods.weeksOf(periods.get(level));
                assertEquals(1 << level, weeks[1]);
                int week = SearchPeriods.week(at);
                assertTrue(weeks[0] <= week && week < weeks[0] + weeks[1], at + " falls in its periods");
            }
        }
    }

    @Test
    void shouldSplitAfterTheRecentWeeks() {
        Instant oldest = NOW.minus(Duration.ofDays(4 * 365));
        SearchPeriods.Walk walk = SearchPeriods.walk(NOW, oldest, 8);
        List<Integer> all = new ArrayList<>(walk.recent());
        all.addAll(walk.older());
        assertEquals(SearchPeriods.between(NOW, oldest), all);
        int recentWeeks = walk.recent().stream().mapToInt(p -> SearchPeriods.weeksOf(p)[1]).sum();
        assertEquals(recentWeeks, walk.recentWeeks());
        assertTrue(recentWeeks >= 8 && recentWeeks < 16);
        int last = walk.recent().get(walk.recent().size() - 1);
        assertEquals(Instant.ofEpochSecond(SearchPeriods.weeksOf(last)[0] * SearchPeriods.WEEK_SECONDS), walk.boundary());
        assertEquals(SearchPeriods.week(NOW) - SearchPeriods.week(oldest) + 1,
                walk.recentWeeks() + walk.olderWeeks() - (SearchPeriods.week(oldest) - SearchPeriods.weeksOf(
                        walk.older().get(walk.older().size() - 1))[0]));

        SearchPeriods.Walk short_ = SearchPeriods.walk(NOW, NOW.minus(Duration.ofDays(10)), 8);
        assertTrue(short_.older().isEmpty());
        assertEquals(0, short_.olderWeeks());
    }
}
