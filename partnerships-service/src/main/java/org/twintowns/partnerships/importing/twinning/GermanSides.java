package org.twintowns.partnerships.importing.twinning;

import java.util.HashSet;
import java.util.Set;
import org.twintowns.partnerships.importing.ImportReport;

/**
 * How well the German sides of a list meet the official lists of German places. Of the rows with a
 * German side, those whose every German side was found among the German places of an official list
 * ({@code germanSideMatched}): the municipalities with an AGS (Destatis) and the boroughs of the
 * city-states Berlin and Hamburg, which the official list names as one municipality each; a row that
 * fails, or makes a German place anew, is not. Of the German place names, those found with an AGS
 * ({@code agsSharePercent}): a borough has none, so its names count among the German names, not
 * among those with an AGS.
 */
final class GermanSides {

    private int rows;
    private int matched;
    private final Set<String> names = new HashSet<>();
    private final Set<String> namesWithAgs = new HashSet<>();

    /** A row that failed; whether it has a German side. */
    void failed(boolean german) {
        if (german) {
            rows++;
        }
    }

    void count(TwinningRow.Side a, Places.Found foundA, TwinningRow.Side b, Places.Found foundB) {
        boolean german = count(a, foundA) | count(b, foundB);
        if (german) {
            rows++;
            if (official(foundA) && official(foundB)) {
                matched++;
            }
        }
    }

    /** Whether the side is German; counts its name. */
    private boolean count(TwinningRow.Side side, Places.Found found) {
        if (!"DE".equals(found.place().countryCode)) {
            return false;
        }
        names.add(side.shown());
        if (official(found) && found.place().officialCode != null) {
            namesWithAgs.add(side.shown());
        }
        return true;
    }

    /** Not German, or found among the German places of an official list. */
    private static boolean official(Places.Found found) {
        return !"DE".equals(found.place().countryCode)
                || (found.how() != Places.How.CREATED && Places.ofOfficialList(found.place()));
    }

    void figures(ImportReport.Builder report) {
        report.figure("germanSideRows", rows);
        report.figure("germanSideMatched", matched);
        report.figure("germanSideMatchedPercent", percent(matched, rows));
        report.figure("germanPlaces", names.size());
        report.figure("germanPlacesWithAgs", namesWithAgs.size());
        report.figure("agsSharePercent", percent(namesWithAgs.size(), names.size()));
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
