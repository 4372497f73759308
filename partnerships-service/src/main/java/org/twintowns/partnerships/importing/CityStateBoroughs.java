package org.twintowns.partnerships.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.twintowns.partnerships.municipality.Municipality;

/**
 * The boroughs of the city-states Berlin and Hamburg ({@code reference/city-state-boroughs.csv}, sources
 * beside it). Each city-state is one municipality of the official list, but its boroughs hold town
 * twinnings of their own: lists name Neukölln or Altona, never Berlin or Hamburg, for those. A borough
 * has no AGS; the Destatis import takes the boroughs in with the city-state they belong to.
 */
public final class CityStateBoroughs {

    /** A current borough and the former ones that merged into it (the merged borough carried on their twinnings). */
    public record Borough(String cityAgs, String subdivision, String name, List<String> formerNames,
                          LocalDate mergedOn) {

        /** The day until which the former names were borough names, or null. */
        public LocalDate formerUntil() {
            return mergedOn == null ? null : mergedOn.minusDays(1);
        }
    }

    private static final List<Borough> ALL = load();
    private static final Set<String> SUBDIVISIONS = ALL.stream().map(Borough::subdivision)
            .collect(Collectors.toUnmodifiableSet());

    private CityStateBoroughs() {
    }

    /** The boroughs of the city-state with this AGS; none for any other municipality. */
    public static List<Borough> of(String cityAgs) {
        return ALL.stream().filter(b -> b.cityAgs().equals(cityAgs)).toList();
    }

    /**
     * Whether the place is a borough of a city-state: German, without AGS, a district in the
     * subdivision of Berlin or Hamburg (which hold no other municipality).
     */
    public static boolean isBorough(Municipality m) {
        return "DE".equals(m.countryCode) && m.officialCode == null && m.kind == Municipality.Kind.DISTRICT
                && m.subdivision != null && SUBDIVISIONS.contains(m.subdivision);
    }

    private static List<Borough> load() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = CityStateBoroughs.class.getResourceAsStream("/reference/city-state-boroughs.csv");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<Borough> boroughs = new ArrayList<>();
            for (CSVRecord r : format.parse(reader)) {
                List<String> former = r.get("former_boroughs").isEmpty() ? List.of()
                        : Arrays.asList(r.get("former_boroughs").split("\\|"));
                LocalDate mergedOn = r.get("merged_on").isEmpty() ? null : LocalDate.parse(r.get("merged_on"));
                boroughs.add(new Borough(r.get("city_ags"), r.get("subdivision"), r.get("borough"), former,
                        mergedOn));
            }
            return List.copyOf(boroughs);
        } catch (IOException e) {
            throw new UncheckedIOException("reference/city-state-boroughs.csv is part of the service", e);
        }
    }
}
