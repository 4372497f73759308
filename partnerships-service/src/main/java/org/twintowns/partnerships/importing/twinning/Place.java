package org.twintowns.partnerships.importing.twinning;

import java.util.UUID;
import org.twintowns.partnerships.municipality.Municipality;

/**
 * What matching needs to know of a municipality, without the municipality: a plain record of a few
 * hundred bytes that no persistence context holds. {@link PlaceIndex} holds these for the keys a chunk's rows
 * ask for ({@link RegistryPlaces} has the registry's), and {@link Places} loads the entity by id only for the
 * places a row resolves to. Two are equal when they
 * are the same place, whatever of it changed since one was taken.
 */
record Place(UUID id, String name, Municipality.Kind kind, String countryCode, String subdivision,
             String officialCode, String wikidataId, Integer population, Double latitude, Double longitude,
             UUID mergedIntoId) {

    static Place of(Municipality m) {
        return new Place(m.id, m.name, m.kind, m.countryCode, m.subdivision, m.officialCode, m.wikidataId,
                m.population, m.latitude, m.longitude, m.mergedIntoId);
    }

    boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Place place && java.util.Objects.equals(id, place.id);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(id);
    }
}
