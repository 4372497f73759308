package org.twintowns.partnerships.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.partnerships.municipality.search.SearchKeys;

/** Another name of a municipality: in a language or script, a transliteration, or a former name. */
@Entity
@Table(name = "municipality_name")
public class MunicipalityName {

    /** How the name relates to the municipality. */
    @Schema(name = "MunicipalityNameKind")
    public enum Kind {
        /** An official name, such as the Ukrainian name of a Ukrainian city. */
        OFFICIAL,
        /** What another language calls it: Kiew, Munich. */
        EXONYM,
        /** The official name in another script: Brovary for Бровари. */
        TRANSLITERATION,
        /** A name it no longer bears. */
        FORMER
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    @Column(nullable = false)
    public String name;

    /** BCP 47 language tag, such as de, uk or ru-Latn. */
    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** For a former name: until when it was used. */
    @Column(name = "used_until")
    public LocalDate usedUntil;

    @Column(name = "search_key", nullable = false)
    public String searchKey;

    @PrePersist
    @PreUpdate
    void prepare() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        searchKey = SearchKeys.of(name);
    }
}
