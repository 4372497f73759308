package org.twintowns.partnerships.municipality.mapping;

import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.rest.MunicipalityRequest;
import org.twintowns.partnerships.municipality.rest.MunicipalityView;

/** Converts between the API records and the entity; the only place that knows both. */
public final class MunicipalityMapper {

    private MunicipalityMapper() {
    }

    public static MunicipalityView toView(Municipality m) {
        return new MunicipalityView(m.id, m.slug, m.name, m.kind, m.countryCode, m.subdivision, m.officialCode,
                m.wikidataId, m.createdAt, m.updatedAt);
    }

    public static Municipality toEntity(MunicipalityRequest request, String slug) {
        Municipality m = new Municipality();
        m.slug = slug;
        m.name = request.name().strip();
        m.kind = request.kind();
        m.countryCode = request.country();
        m.subdivision = request.subdivision();
        m.officialCode = request.officialCode();
        m.wikidataId = request.wikidataId();
        return m;
    }
}
