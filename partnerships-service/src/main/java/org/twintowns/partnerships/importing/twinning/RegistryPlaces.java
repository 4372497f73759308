package org.twintowns.partnerships.importing.twinning;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.MunicipalityName;

/**
 * Reads the registry's places into a {@link PlaceIndex} as plain records, a place and its names at a
 * time: no municipality becomes a managed entity, and the rows come from the database in batches
 * rather than as one list of the whole registry.
 */
final class RegistryPlaces {

    /** Rows the driver fetches at a time; PostgreSQL streams a result only with a fetch size set. */
    private static final int FETCH_SIZE = 1000;

    private RegistryPlaces() {
    }

    static PlaceIndex load(EntityManager em) {
        PlaceIndex index = new PlaceIndex();
        // One row per place and other name, a place's rows together: a place is added once its last name is read.
        try (Stream<Object[]> rows = em.createQuery("select m.id, m.name, m.kind, m.countryCode, m.subdivision, "
                        + "m.officialCode, m.wikidataId, m.population, m.latitude, m.longitude, m.mergedIntoId, "
                        + "n.name, n.kind from Municipality m left join m.otherNames n order by m.id", Object[].class)
                .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()) {
            Place[] current = {null};
            List<String> others = new ArrayList<>();
            List<String> formers = new ArrayList<>();
            rows.forEach(row -> {
                if (current[0] == null || !current[0].id().equals(row[0])) {
                    if (current[0] != null) {
                        index.add(current[0], others, formers);
                    }
                    current[0] = place(row);
                    others.clear();
                    formers.clear();
                }
                if (row[11] != null) {
                    (row[12] == MunicipalityName.Kind.FORMER ? formers : others).add((String) row[11]);
                }
            });
            if (current[0] != null) {
                index.add(current[0], others, formers);
            }
        }
        return index;
    }

    private static Place place(Object[] row) {
        return new Place((UUID) row[0], (String) row[1], (Municipality.Kind) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], (Integer) row[7], (Double) row[8],
                (Double) row[9], (UUID) row[10]);
    }
}
