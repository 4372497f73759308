package org.twintowns.news.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The periods a search reads, newest first (migration V6 indexes every public item under its
 * periods of 1, 2, 4, ... 64 weeks). The walk starts with single weeks and takes a longer period
 * whole once it has reached that period's last week and has already covered at least half its
 * length; so each step is at most twice as long as all steps before it together, and a search
 * that found too few matches so far finds, at an even rate, at most twice as many in the next step
 * (which it reads whole, to sort it by time). Five years take about fifteen steps.
 *
 * <p>Weeks are 7-day periods since 1970 (UTC), numbered as {@code news_search_week} does; periods
 * are numbered as {@code news_search_periods} does: {@code level * 10000000 + floor(week / 2^level)}.
 */
final class SearchPeriods {

    static final long WEEK_SECONDS = 7L * 24 * 60 * 60;
    static final int LEVELS = 7;
    static final int LEVEL_BASE = 10_000_000;

    private SearchPeriods() {
    }

    /** The week of a time, as {@code news_search_week}. */
    static int week(Instant at) {
        return (int) Math.floorDiv(at.getEpochSecond(), WEEK_SECONDS);
    }

    /** The periods a time falls in, one per length, as {@code news_search_periods} lists them. */
    static List<Integer> periodsOf(Instant at) {
        List<Integer> periods = new ArrayList<>();
        for (int level = 0; level < LEVELS; level++) {
            periods.add(level * LEVEL_BASE + Math.floorDiv(week(at), 1 << level));
        }
        return periods;
    }

    /** The weeks of a period: its first week and how many. */
    static int[] weeksOf(int period) {
        int level = Math.floorDiv(period + LEVEL_BASE / 2, LEVEL_BASE);
        int index = period - level * LEVEL_BASE;
        return new int[] {index << level, 1 << level};
    }

    /** The periods covering {@code oldest} to {@code newest}, newest first, without gaps or overlaps. */
    static List<Integer> between(Instant newest, Instant oldest) {
        return walk(newest, oldest, Integer.MAX_VALUE).recent();
    }

    /**
     * The periods covering {@code oldest} to {@code newest}, newest first, split after the first
     * {@code recentWeeks} weeks (or the period that reaches past them).
     */
    static Walk walk(Instant newest, Instant oldest, int recentWeeks) {
        List<Integer> recent = new ArrayList<>();
        List<Integer> older = new ArrayList<>();
        int last = week(oldest);
        int week = week(newest);
        int covered = 0;
        int recentCovered = 0;
        int boundary = week + 1;
        while (week >= last) {
            int level = LEVELS - 1;
            while (level > 0 && !(Math.floorMod(week + 1, 1 << level) == 0 && 2 * covered >= 1 << level)) {
                level--;
            }
            int period = level * LEVEL_BASE + Math.floorDiv(week, 1 << level);
            week -= 1 << level;
            covered += 1 << level;
            if (recentCovered < recentWeeks) {
                recent.add(period);
                recentCovered = covered;
                boundary = week + 1;
            } else {
                older.add(period);
            }
        }
        return new Walk(recent, recentCovered, older, covered - recentCovered,
                Instant.ofEpochSecond(boundary * WEEK_SECONDS));
    }

    /**
     * The recent periods and how many weeks they cover, the older periods and how many weeks they
     * cover, and where the recent ones begin (the end of the older ones).
     */
    record Walk(List<Integer> recent, int recentWeeks, List<Integer> older, int olderWeeks, Instant boundary) {

        static final Walk NONE = new Walk(List.of(), 0, List.of(), 0, Instant.EPOCH);

        /** Periods as an SQL array literal. */
        static String sql(List<Integer> periods) {
            return periods.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        }
    }
}
