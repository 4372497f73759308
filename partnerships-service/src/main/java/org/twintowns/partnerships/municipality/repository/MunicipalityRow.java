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

    /**
     * The row of an entity read whole (GET by id, writes), so that one mapping makes every view of a
     * municipality.
     *
     * @param successor the municipality {@code m} merged into, or null
     */
    public static MunicipalityRow of(Municipality m, Municipality successor) {
        return new MunicipalityRow(m.id, m.slug, m.name, m.kind, m.countryCode, m.subdivision, m.officialCode,
                m.wikidataId, m.population, m.populationYear == null ? null : m.populationYear.intValue(),
                m.latitude, m.longitude, m.website,
                successor == null ? null : successor.id, successor == null ? null : successor.name,
                successor == null ? null : m.mergedOn,
                m.otherNames.stream().map(n -> new OtherName(n.name, n.language, n.kind, n.usedUntil)).toList(),
                m.createdAt, m.updatedAt);
    }

    /** This row with these other names. */
    MunicipalityRow withOtherNames(List<OtherName> names) {
        return new MunicipalityRow(id, slug, name, kind, countryCode, subdivision, officialCode, wikidataId, population,
                populationYear, latitude, longitude, website, mergedIntoId, mergedIntoName, mergedOn, names, createdAt,
                updatedAt);
    }

    /** This row with the name of the municipality it merged into. */
    MunicipalityRow withMergedIntoName(String successorName) {
        return new MunicipalityRow(id, slug, name, kind, countryCode, subdivision, officialCode, wikidataId, population,
                populationYear, latitude, longitude, website, mergedIntoId, successorName, mergedOn, otherNames,
                createdAt, updatedAt);
    }

    /** One of {@link Municipality#otherNames}. */
    public record OtherName(String name, String language, MunicipalityName.Kind kind, LocalDate usedUntil) {
    }
}
