package org.twintowns.partnerships.municipality.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.twintowns.commons.http.Languages;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.MunicipalityName;
import org.twintowns.partnerships.municipality.repository.MunicipalityRow;
import org.twintowns.partnerships.municipality.rest.MunicipalityRequest;
import org.twintowns.partnerships.municipality.rest.MunicipalityView;

/** Converts between the API records and the entity (or a list's row); the only place that knows both. */
public final class MunicipalityMapper {

    private MunicipalityMapper() {
    }

    /**
     * @param languages the client's preferred languages, for {@code displayName}
     * @param successor the municipality this one merged into, or null
     */
    public static MunicipalityView toView(Municipality m, List<String> languages, Municipality successor) {
        return toView(MunicipalityRow.of(m, successor), languages);
    }

    /** A municipality as the API shows it, from the row a list read or {@link MunicipalityRow#of} an entity. */
    public static MunicipalityView toView(MunicipalityRow m, List<String> languages) {
        List<MunicipalityView.NameView> otherNames = m.otherNames().stream()
                .map(n -> new MunicipalityView.NameView(n.name(), n.language(), n.kind(), n.usedUntil()))
                .toList();
        return new MunicipalityView(m.id(), m.slug(), m.name(), displayName(m.name(), otherNames, languages), m.kind(),
                m.countryCode(), m.subdivision(), m.officialCode(), m.wikidataId(), m.population(), m.populationYear(),
                m.latitude() != null && m.longitude() != null
                        ? new MunicipalityRequest.Coordinates(m.latitude(), m.longitude()) : null,
                m.website(), otherNames,
                m.mergedIntoId() == null ? null
                        : new MunicipalityView.Successor(m.mergedIntoId(), m.mergedIntoName(), m.mergedOn()),
                m.createdAt(), m.updatedAt());
    }

    /** The current name in a preferred language; former names never stand for the place. */
    public static String displayName(Municipality m, List<String> languages) {
        return displayName(m.name, nameViews(m), languages);
    }

    private static List<MunicipalityView.NameView> nameViews(Municipality m) {
        return m.otherNames.stream()
                .map(n -> new MunicipalityView.NameView(n.name, n.language, n.kind, n.usedUntil))
                .toList();
    }

    /** As {@link #displayName(Municipality, List)}, over the other names in the entity's order. */
    private static String displayName(String name, List<MunicipalityView.NameView> otherNames, List<String> languages) {
        if (languages.isEmpty()) {
            return name;
        }
        Map<String, String> current = new LinkedHashMap<>();
        for (MunicipalityView.NameView n : otherNames) {
            if (n.kind() != MunicipalityName.Kind.FORMER) {
                current.putIfAbsent(n.language(), n.name());
            }
        }
        return Languages.pick(current, languages).orElse(name);
    }

    /**
     * The entity's client-visible content as the request that would write it, compared by
     * content: what {@code Changes.apply} looks at to decide whether the version moves.
     */
    public static MunicipalityRequest toRequest(Municipality m) {
        return new MunicipalityRequest(m.name, m.slug, m.kind, m.countryCode, m.subdivision, m.officialCode,
                m.wikidataId, m.population, m.populationYear == null ? null : m.populationYear.intValue(),
                m.hasCoordinates() ? new MunicipalityRequest.Coordinates(m.latitude, m.longitude) : null,
                m.website,
                m.otherNames.stream()
                        .map(n -> new MunicipalityRequest.NameInput(n.name, n.language, n.kind, n.usedUntil))
                        .toList());
    }

    /** Copies the request onto a new or existing entity; the names become exactly those sent. */
    public static void apply(MunicipalityRequest request, String slug, Municipality m) {
        m.slug = slug;
        m.name = request.name().strip();
        m.kind = request.kind();
        m.countryCode = request.country();
        m.subdivision = request.subdivision();
        m.officialCode = request.officialCode();
        m.wikidataId = request.wikidataId();
        m.population = request.population();
        m.populationYear = request.populationYear() == null ? null : request.populationYear().shortValue();
        m.latitude = request.coordinates() == null ? null : request.coordinates().latitude();
        m.longitude = request.coordinates() == null ? null : request.coordinates().longitude();
        m.website = request.website();
        replaceNames(request.otherNames() == null ? List.of() : request.otherNames(), m);
    }

    /**
     * Keeps the row of every name that stays (same language and name) and changes it in place,
     * removes the others and adds the new ones. Clearing and re-adding would make Hibernate insert
     * the new rows before it deletes the old ones, and a name sent back unchanged would then
     * collide with itself on the unique (municipality, language, name) index.
     */
    private static void replaceNames(List<MunicipalityRequest.NameInput> inputs, Municipality m) {
        Map<String, MunicipalityName> stored = new HashMap<>();
        for (MunicipalityName n : m.otherNames) {
            stored.put(n.language + "|" + n.name, n);
        }
        List<MunicipalityName> names = new ArrayList<>();
        for (MunicipalityRequest.NameInput input : inputs) {
            MunicipalityName name = stored.remove(input.language() + "|" + input.name().strip());
            if (name == null) {
                name = new MunicipalityName();
                name.municipality = m;
                name.name = input.name().strip();
                name.language = input.language();
            }
            name.kind = input.kind();
            name.usedUntil = input.usedUntil();
            names.add(name);
        }
        m.otherNames.retainAll(names);
        for (MunicipalityName name : names) {
            if (!m.otherNames.contains(name)) {
                m.otherNames.add(name);
            }
        }
        // The order every read has (@OrderBy kind, language, name), also in the answer to this write.
        m.otherNames.sort(Comparator.comparing((MunicipalityName n) -> n.kind.name())
                .thenComparing(n -> n.language).thenComparing(n -> n.name));
    }
}
