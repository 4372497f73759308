package org.twintowns.partnerships.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.commons.persistence.TrackedEntity;

/** A municipality, city, district or region that can take part in partnerships. */
@Entity
public class Municipality extends TrackedEntity {

    /** What kind of local or regional authority it is. */
    @Schema(name = "MunicipalityKind")
    public enum Kind { MUNICIPALITY, CITY, DISTRICT, REGION, OTHER }

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** ISO 3166-1 alpha-2. */
    @Column(name = "country_code", nullable = false, length = 2, columnDefinition = "bpchar(2)")
    public String countryCode;

    /** ISO 3166-2, such as DE-TH. */
    public String subdivision;

    /** The German AGS, or another country's official municipality code. */
    @Column(name = "official_code")
    public String officialCode;

    @Column(name = "wikidata_id")
    public String wikidataId;
}
