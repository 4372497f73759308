package org.twintowns.partnerships.municipality.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.twintowns.commons.http.Languages;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.MunicipalityName;
import org.twintowns.partnerships.municipality.rest.MunicipalityRequest;
import org.twintowns.partnerships.municipality.rest.MunicipalityView;

/** Converts between the API records and the entity; the only place that knows both. */
public final class MunicipalityMapper {

    private MunicipalityMapper() {
    }

    /**
     * @param languages the client's preferred languages, for {@code displayName}
     * @param successor the municipality this one merged into, or null
     */
    public static MunicipalityView toView(Municipality m, List<String> languages, Municipality successor) {
        return new MunicipalityView(m.id, m.slug, m.name, displayName(m, languages), m.kind, m.countryCode,
                m.subdivision, m.officialCode, m.wikidataId, m.population,
                m.populationYear == null ? null : m.populationYear.intValue(),
                m.hasCoordinates() ? new MunicipalityRequest.Coordinates(m.latitude, m.longitude) : null,
                m.website,
                m.otherNames.stream()
                        .map(n -> new MunicipalityView.NameView(n.name, n.language, n.kind, n.usedUntil))
                        .toList(),
                successor == null ? null : new MunicipalityView.Successor(successor.id, successor.name, m.mergedOn),
                m.createdAt, m.updatedAt);
    }

    /** The current name in a preferred language; former names never stand for the place. */
    public static String displayName(Municipality m, List<String> languages) {
        if (languages.isEmpty()) {
            return m.name;
        }
        Map<String, String> current = new LinkedHashMap<>();
        for (MunicipalityName n : m.otherNames) {
            if (n.kind != MunicipalityName.Kind.FORMER) {
                current.putIfAbsent(n.language, n.name);
            }
        }
        return Languages.pick(current, languages).orElse(m.name);
    }

    /** Copies the request onto a new or existing entity; names are replaced as a whole. */
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
        m.otherNames.clear();
        if (request.otherNames() != null) {
            for (MunicipalityRequest.NameInput input : request.otherNames()) {
                MunicipalityName name = new MunicipalityName();
                name.municipality = m;
                name.name = input.name().strip();
                name.language = input.language();
                name.kind = input.kind();
                name.usedUntil = input.usedUntil();
                m.otherNames.add(name);
            }
        }
    }
}
