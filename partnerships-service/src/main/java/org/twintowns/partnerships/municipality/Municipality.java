package org.twintowns.partnerships.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A municipality, city, district or region that can take part in partnerships. */
@Entity
public class Municipality {

    /** What kind of local or regional authority it is. */
    @Schema(name = "MunicipalityKind")
    public enum Kind { MUNICIPALITY, CITY, DISTRICT, REGION, OTHER }

    @Id
    public UUID id;

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

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        // PostgreSQL keeps microseconds: the create response must show what later reads show.
        createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
