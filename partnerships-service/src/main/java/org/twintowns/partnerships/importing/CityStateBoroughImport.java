package org.twintowns.partnerships.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.twintowns.commons.text.Slugs;
import org.twintowns.partnerships.importing.CityStateBoroughs.Borough;
import org.twintowns.partnerships.importing.ImportReport.Outcome;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.MunicipalityName;
import org.twintowns.partnerships.municipality.search.SearchKeys;

/**
 * Takes in the boroughs of a city-state the Destatis list names, as districts of its subdivision
 * without AGS and without a position (no source gives one), each with the boroughs that merged into
 * it as its former names. A borough is found again by its id, derived from the city-state's AGS and
 * its name ({@link OfficialCodeIds#borough}); one that a list made before, under the borough's name
 * and inside the city-state, becomes the borough. Re-running changes nothing.
 */
final class CityStateBoroughImport {

    /** A German place without AGS this close to the city-state's point is inside it (Berlin's radius is about 17 km). */
    private static final double INSIDE_KM = 20;

    private final GermanRegistry registry;

    /** {@code registry}: the German places the registry has and this run added. */
    CityStateBoroughImport(GermanRegistry registry) {
        this.registry = registry;
    }

    /** Takes in the boroughs of the city (a Destatis row's municipality), reported on the city's line. */
    void take(DestatisRow row, Municipality city, ImportReport.Builder report, ImportRun run) {
        for (Borough borough : CityStateBoroughs.of(row.ags())) {
            String key = row.ags() + " " + row.name() + ": borough " + borough.name();
            UUID stableId = OfficialCodeIds.borough("DE", row.ags(), borough.name());
            Municipality known = registry.byId(stableId);
            String how = null;
            if (known == null) {
                known = madeBefore(borough, city);
                how = known == null ? null : "found by name inside " + row.name();
            }
            if (known == null) {
                Municipality created = new Municipality();
                created.id = registry.idsTaken(List.of(stableId)).isEmpty() ? stableId : null;
                created.countryCode = "DE";
                created.slug = slug(borough, city);
                apply(borough, created);
                run.create(created);
                registry.added(created);
                report.add(row.line(), key, Outcome.CREATED, null, run.dryRun() ? null : created.id);
            } else if (differs(borough, known)) {
                run.change(known);
                apply(borough, known);
                known.touch();
                report.add(row.line(), key, Outcome.UPDATED, (how == null ? "" : how + "; ")
                        + "now the borough, with its former names", known.id);
            } else {
                report.add(row.line(), key, Outcome.MATCHED, how, known.id);
            }
            run.rowDone();
        }
    }

    /** The place a list made under the borough's name: a borough already, or a German place inside the city. */
    private Municipality madeBefore(Borough borough, Municipality city) {
        String key = SearchKeys.of(borough.name());
        for (Municipality m : registry.withoutAgs(List.of(key), true).getOrDefault(key, List.of())) {
            boolean inside = !m.hasCoordinates() || !city.hasCoordinates()
                    || Geo.distanceKm(m.latitude, m.longitude, city.latitude, city.longitude) <= INSIDE_KM;
            boolean otherCity = m.subdivision != null && !m.subdivision.equals(borough.subdivision());
            if (inside && !otherCity) {
                registry.claimed(m);
                return m;
            }
        }
        return null;
    }

    private static boolean differs(Borough borough, Municipality m) {
        return !borough.name().equals(m.name) || m.kind != Municipality.Kind.DISTRICT
                || !borough.subdivision().equals(m.subdivision) || !missingFormerNames(borough, m).isEmpty();
    }

    private static void apply(Borough borough, Municipality m) {
        m.name = borough.name();
        m.kind = Municipality.Kind.DISTRICT;
        m.subdivision = borough.subdivision();
        for (String former : missingFormerNames(borough, m)) {
            MunicipalityName name = new MunicipalityName();
            name.municipality = m;
            name.name = former;
            name.language = "de";
            name.kind = MunicipalityName.Kind.FORMER;
            name.usedUntil = borough.formerUntil();
            m.otherNames.add(name);
        }
    }

    /** The former boroughs not yet among its former names; a borough that kept its name (Mitte) has it already. */
    private static List<String> missingFormerNames(Borough borough, Municipality m) {
        return borough.formerNames().stream().filter(former -> !former.equals(borough.name()))
                .filter(former -> m.otherNames.stream().noneMatch(n -> n.kind == MunicipalityName.Kind.FORMER
                        && Objects.equals(n.name, former)))
                .toList();
    }

    /** "berlin-neukolln", "hamburg-altona"; "hamburg-mitte" for Hamburg-Mitte, whose name says its city already. */
    private String slug(Borough borough, Municipality city) {
        String name = borough.name().startsWith(city.name + "-") ? borough.name() : city.name + " " + borough.name();
        String base = Slugs.of(name, 100);
        String slug = base;
        for (int n = 2; !registry.slugsTaken(List.of(slug)).isEmpty(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
