package org.twintowns.partnerships.municipality.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.MunicipalityName;

/**
 * A municipality as a list reads it: its columns, its other names in the order the entity has them
 * (kind, language, name), and the name of the municipality it merged into, if it did. A value, not a
 * managed entity: nothing to track, flush or load lazily.
 */
public record MunicipalityRow(
        UUID id,
        String slug,
        String name,
        Municipality.Kind kind,
        String countryCode,
        String subdivision,
        String officialCode,
        String wikidataId,
        Integer population,
        Integer populationYear,
        Double latitude,
        Double longitude,
        String website,
        UUID mergedIntoId,
        String mergedIntoName,
        LocalDate mergedOn,
        List<OtherName> otherNames,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** One of {@link Municipality#otherNames}. */
    public record OtherName(String name, String language, MunicipalityName.Kind kind, LocalDate usedUntil) {
    }
}
