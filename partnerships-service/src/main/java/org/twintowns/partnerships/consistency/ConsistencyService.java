package org.twintowns.partnerships.consistency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.twintowns.commons.persistence.TrackedEntity;
import org.twintowns.partnerships.consistency.ConsistencyReport.HistoryContradiction;
import org.twintowns.partnerships.consistency.ConsistencyReport.LikelyDuplicate;
import org.twintowns.partnerships.consistency.ConsistencyReport.MisplacedMunicipality;
import org.twintowns.partnerships.consistency.ConsistencyReport.OneSidedPair;
import org.twintowns.partnerships.consistency.ConsistencyReport.Place;
import org.twintowns.partnerships.importing.Geo;
import org.twintowns.partnerships.municipality.search.PlaceNames;
import org.twintowns.partnerships.partnership.InvalidTransitionException;
import org.twintowns.partnerships.partnership.LifecycleEvent;
import org.twintowns.partnerships.partnership.LifecycleTransitions;
import org.twintowns.partnerships.partnership.Partnership;

/** Computes the consistency report with a few set-based queries; reads only. */
@ApplicationScoped
public class ConsistencyService {

    private static final CountryBounds BOUNDS = CountryBounds.load();

    @Inject
    EntityManager em;

    public ConsistencyReport report() {
        return new ConsistencyReport(TrackedEntity.now(), oneSidedPairs(), misplaced(), notChecked(),
                contradictions(), likelyDuplicates());
    }

    /** A pair whose unlisted side is German: the source covers German places, so it should list it too. */
    @SuppressWarnings("unchecked")
    private List<OneSidedPair> oneSidedPairs() {
        List<Object[]> rows = em.createNativeQuery("""
                select l.partnership_id, l.source, a.id, a.name, a.country_code, b.id, b.name, b.country_code
                from partnership_source_listing l
                join partnership_participant other
                  on other.partnership_id = l.partnership_id and other.municipality_id <> l.listed_by
                join municipality a on a.id = l.listed_by
                join municipality b on b.id = other.municipality_id
                where b.country_code = 'DE'
                  and not exists (select 1 from partnership_source_listing l2
                                  where l2.partnership_id = l.partnership_id and l2.source = l.source
                                    and l2.listed_by = other.municipality_id)
                order by a.name, b.name
                """).getResultList();
        return rows.stream().map(r -> new OneSidedPair((UUID) r[0], (String) r[1],
                new Place((UUID) r[2], (String) r[3], ((String) r[4]).trim()),
                new Place((UUID) r[5], (String) r[6], ((String) r[7]).trim()))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<MisplacedMunicipality> misplaced() {
        List<Object[]> rows = em.createNativeQuery("""
                select id, name, country_code, latitude, longitude from municipality
                where latitude is not null order by name, id
                """).getResultList();
        List<MisplacedMunicipality> misplaced = new ArrayList<>();
        for (Object[] r : rows) {
            String country = ((String) r[2]).trim();
            double lat = (Double) r[3];
            double lon = (Double) r[4];
            if (BOUNDS.knows(country) && !BOUNDS.contains(country, lat, lon)) {
                misplaced.add(new MisplacedMunicipality(new Place((UUID) r[0], (String) r[1], country), lat, lon));
            }
        }
        return misplaced;
    }

    @SuppressWarnings("unchecked")
    private List<String> notChecked() {
        List<String> countries = em.createNativeQuery(
                "select distinct country_code from municipality where latitude is not null").getResultList();
        TreeSet<String> unknown = new TreeSet<>();
        countries.stream().map(String::trim).filter(c -> !BOUNDS.knows(c)).forEach(unknown::add);
        return List.copyOf(unknown);
    }

    /**
     * Municipalities of one country whose names are the same without the words for their kind, and
     * that lie within {@value #SAME_PLACE_KM} km of each other (or lack a position). Pairs that their
     * official codes, Wikidata ids or states tell apart (the eleven German Neuenkirchens; Lichtenberg in
     * Bavaria and the borough of Berlin) are not listed, nor municipalities that already merged into another.
     */
    @SuppressWarnings("unchecked")
    private List<LikelyDuplicate> likelyDuplicates() {
        List<Object[]> rows = em.createNativeQuery("""
                select id, name, country_code, latitude, longitude, official_code, wikidata_id, subdivision
                from municipality where merged_into_id is null order by country_code, name, id
                """).getResultList();
        Map<String, List<Object[]>> byCore = new LinkedHashMap<>();
        for (Object[] r : rows) {
            // "Landkreis Kassel" is the district around the city of Kassel, not Kassel: the kind its words name stays.
            PlaceNames.Core core = PlaceNames.core((String) r[1]);
            if (!core.key().isEmpty()) {
                byCore.computeIfAbsent(((String) r[2]).trim() + "|" + core.key() + "|" + core.kind(),
                        k -> new ArrayList<>()).add(r);
            }
        }
        List<LikelyDuplicate> duplicates = new ArrayList<>();
        for (List<Object[]> group : byCore.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    likelyDuplicate(group.get(i), group.get(j)).ifPresent(duplicates::add);
                }
            }
        }
        return duplicates;
    }

    /** Within this distance two records of one name are one place; farther apart, namesakes. */
    static final double SAME_PLACE_KM = 25;

    private static java.util.Optional<LikelyDuplicate> likelyDuplicate(Object[] a, Object[] b) {
        // Different codes, ids or states: namesakes (Lichtenberg in Bavaria and the borough of Berlin, which has no AGS).
        if (differ(a[5], b[5]) || differ(a[6], b[6]) || differ(a[7], b[7])) {
            return java.util.Optional.empty();
        }
        Double km = a[3] == null || b[3] == null ? null
                : Math.round(Geo.distanceKm((Double) a[3], (Double) a[4], (Double) b[3], (Double) b[4]) * 10) / 10.0;
        if (km != null && km > SAME_PLACE_KM) {
            return java.util.Optional.empty();
        }
        String reason = "the same name without the words for their kind (\"" + a[1] + "\", \"" + b[1] + "\")"
                + (km == null ? ", one or both without a position" : ", " + km + " km apart");
        return java.util.Optional.of(new LikelyDuplicate(place(a), place(b), km, reason));
    }

    private static boolean differ(Object one, Object other) {
        return one != null && other != null && !one.equals(other);
    }

    private static Place place(Object[] r) {
        return new Place((UUID) r[0], (String) r[1], ((String) r[2]).trim());
    }

    /**
     * Replays every history: from its opening event, or, for a partnership recorded with an unknown
     * history, from ACTIVE; the result must be the stored status.
     */
    @SuppressWarnings("unchecked")
    private List<HistoryContradiction> contradictions() {
        List<Object[]> rows = em.createNativeQuery("""
                select p.id, p.status, e.kind from partnership p
                left join partnership_lifecycle_event e on e.partnership_id = p.id
                order by p.id, e.position
                """).getResultList();
        Map<UUID, String> statuses = new LinkedHashMap<>();
        Map<UUID, List<LifecycleEvent.Kind>> histories = new LinkedHashMap<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            statuses.put(id, (String) r[1]);
            List<LifecycleEvent.Kind> history = histories.computeIfAbsent(id, k -> new ArrayList<>());
            if (r[2] != null) {
                history.add(LifecycleEvent.Kind.valueOf((String) r[2]));
            }
        }
        List<HistoryContradiction> contradictions = new ArrayList<>();
        statuses.forEach((id, status) -> {
            List<LifecycleEvent.Kind> history = histories.get(id);
            try {
                Partnership.Status derived = derive(history);
                if (!derived.name().equals(status)) {
                    contradictions.add(new HistoryContradiction(id, status, derived.name(),
                            "the history ends in " + derived + ", the record says " + status));
                }
            } catch (InvalidTransitionException e) {
                contradictions.add(new HistoryContradiction(id, status, null, "the history has an invalid step: "
                        + e.describe()));
            }
        });
        return contradictions;
    }

    private static Partnership.Status derive(List<LifecycleEvent.Kind> history) {
        boolean opens = !history.isEmpty() && LifecycleTransitions.allowedAfter(null).contains(history.get(0));
        Partnership.Status status = opens ? null : Partnership.Status.ACTIVE;
        for (LifecycleEvent.Kind kind : history) {
            status = LifecycleTransitions.next(status, kind);
        }
        return status;
    }
}
