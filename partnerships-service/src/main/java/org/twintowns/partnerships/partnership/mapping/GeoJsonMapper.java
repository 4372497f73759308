package org.twintowns.partnerships.partnership.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.twintowns.commons.geo.MapParams;
import org.twintowns.commons.geo.Positions;
import org.twintowns.partnerships.partnership.repository.GeoRow;
import org.twintowns.partnerships.partnership.rest.PartnershipFeatureCollection;
import org.twintowns.partnerships.partnership.rest.PartnershipFeatureCollection.Feature;
import org.twintowns.partnerships.partnership.rest.PartnershipFeatureCollection.Geometry;
import org.twintowns.partnerships.partnership.rest.PartnershipFeatureCollection.Participant;
import org.twintowns.partnerships.partnership.rest.PartnershipFeatureCollection.Properties;

/** Turns participant rows into GeoJSON features, one per partnership that has two placed participants. */
public final class GeoJsonMapper {

    private GeoJsonMapper() {
    }

    /**
     * {@code rows} must come grouped by partnership, as the repository returns them;
     * {@code displayNames} holds the participants' names in the reader's languages, where they have one.
     */
    public static PartnershipFeatureCollection toFeatureCollection(List<GeoRow> rows, Map<UUID, String> displayNames,
                                                                   MapParams map) {
        Map<UUID, List<GeoRow>> byPartnership = new LinkedHashMap<>();
        for (GeoRow row : rows) {
            byPartnership.computeIfAbsent(row.partnershipId(), id -> new ArrayList<>()).add(row);
        }
        List<Feature> features = new ArrayList<>();
        for (List<GeoRow> participants : byPartnership.values()) {
            List<BigDecimal[]> positions = participants.stream().filter(GeoRow::hasCoordinates)
                    .map(row -> position(row, map.precision)).toList();
            if (positions.size() < 2) {
                // A line needs two ends: a partnership with fewer placed participants is not drawn.
                continue;
            }
            GeoRow first = participants.get(0);
            Properties properties = map.minimal()
                    ? new Properties(first.partnershipId(), first.type(), first.status(), null, first.title(), null)
                    : new Properties(first.partnershipId(), first.type(), first.status(),
                            first.establishedOn(), first.title(),
                            participants.stream().map(p -> new Participant(p.municipalityId(), p.municipalityName(),
                                    displayNames.getOrDefault(p.municipalityId(), p.municipalityName()))).toList());
            features.add(Feature.of(first.partnershipId(), geometry(positions), properties));
        }
        return PartnershipFeatureCollection.of(features);
    }

    private static Geometry geometry(List<BigDecimal[]> positions) {
        if (positions.size() == 2) {
            return Geometry.lineString(positions);
        }
        List<List<BigDecimal[]>> lines = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            for (int j = i + 1; j < positions.size(); j++) {
                lines.add(List.of(positions.get(i), positions.get(j)));
            }
        }
        return Geometry.multiLineString(lines);
    }

    /** RFC 7946 positions are longitude first. */
    private static BigDecimal[] position(GeoRow row, int decimals) {
        return new BigDecimal[] {Positions.round(row.longitude(), decimals), Positions.round(row.latitude(), decimals)};
    }
}
