package org.twintowns.commons.changes;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.twintowns.commons.persistence.TrackedEntity;

/**
 * One change a service records in its outbox and publishes in its change feed, as a CloudEvent:
 * {@code type} (for instance {@code municipality.updated}), {@code source} (the collection the
 * resource lives in, {@code /api/v1/municipalities}), {@code subject} (the resource's id), when it
 * happened, what it concerns (the municipalities and their countries, which subscribers filter on),
 * and {@code data}: what any anonymous reader may see of the resource after the change, never more.
 */
public record Change(String type, String source, UUID subject, OffsetDateTime time, Object data,
                     Set<UUID> municipalities, Set<String> countries) {

    public Change {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        municipalities = Set.copyOf(new TreeSet<>(municipalities));
        countries = Set.copyOf(new TreeSet<>(countries));
    }

    /** A change that happened now and concerns nothing beyond its subject; see {@link #concerning}. */
    public static Change of(String type, String source, UUID subject, Object data) {
        return new Change(type, source, subject, TrackedEntity.now(), data, Set.of(), Set.of());
    }

    /** The same change, concerning these municipalities and countries (nulls are left out). */
    public Change concerning(Collection<UUID> municipalityIds, Collection<String> countryCodes) {
        return new Change(type, source, subject, time, data,
                municipalityIds.stream().filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet()),
                countryCodes.stream().filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
    }

    /** The same change, dated {@code at} (a scheduled publication happened when its embargo ended). */
    public Change at(OffsetDateTime at) {
        return new Change(type, source, subject, at, data, municipalities, countries);
    }

    /** The extension values: space-separated and sorted, so that equal changes read alike. */
    String municipalitiesAttribute() {
        return String.join(" ", new TreeSet<>(municipalities.stream().map(UUID::toString).toList()));
    }

    String countriesAttribute() {
        return String.join(" ", new TreeSet<>(List.copyOf(countries)));
    }
}
