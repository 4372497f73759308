package org.twintowns.partnerships.municipality;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.BatchSize;
import org.twintowns.commons.persistence.TrackedEntity;
import org.twintowns.partnerships.municipality.search.SearchKeys;

/** A municipality, city, district or region that can take part in partnerships. */
@Entity
public class Municipality extends TrackedEntity {

    /** What kind of local or regional authority it is. */
    @Schema(name = "MunicipalityKind")
    public enum Kind { MUNICIPALITY, CITY, DISTRICT, REGION, OTHER }

    /** A municipality has at most this many other names, however they were recorded (the contract says so). */
    public static final int MAX_OTHER_NAMES = 50;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** ISO 3166-1 alpha-2. */
    @Column(name = "country_code", nullable = false, length = 2)
    public String countryCode;

    /** ISO 3166-2, such as DE-TH. */
    public String subdivision;

    /** The German AGS, or another country's official municipality code. */
    @Column(name = "official_code")
    public String officialCode;

    @Column(name = "wikidata_id")
    public String wikidataId;

    /** Inhabitants, as counted in {@link #populationYear}. */
    public Integer population;

    @Column(name = "population_year")
    public Short populationYear;

    /** WGS 84 degrees; both or neither. */
    public Double latitude;

    public Double longitude;

    public String website;

    /** Set when this municipality merged into another; its id keeps leading to the successor. */
    @Column(name = "merged_into_id")
    public UUID mergedIntoId;

    @Column(name = "merged_on")
    public LocalDate mergedOn;

    /** The official name folded for search; kept in step with {@link #name}. */
    @Column(name = "search_key", nullable = false)
    public String searchKey;

    /**
     * Names in other languages and scripts, transliterations and former names. A list reads them for all
     * its municipalities in one statement, by their ids (a batch; not a subselect, which repeats the
     * list's query without its page and so read every municipality's names for a page of 20); a read
     * of one municipality fetches them with it (repository).
     */
    @OneToMany(mappedBy = "municipality", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind, language, name")
    @BatchSize(size = 1000)
    public List<MunicipalityName> otherNames = new ArrayList<>();

    @PrePersist
    @PreUpdate
    void foldName() {
        searchKey = SearchKeys.of(name);
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
