package org.twintowns.partnerships.importing.twinning;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.twintowns.commons.text.Slugs;
import org.twintowns.partnerships.importing.ImportRun;
import org.twintowns.partnerships.municipality.Municipality;

/**
 * Creates the municipalities one import run needs but the registry lacks, with slugs nobody has yet: a
 * slug is looked up in the registry when it is needed, so only the slugs this run made are held.
 */
final class NewMunicipalities {

    private final EntityManager em;
    private final ImportRun run;
    /** The slugs this run gave; a dry run's are in no table. */
    private final Set<String> made = new HashSet<>();

    NewMunicipalities(EntityManager em, ImportRun run) {
        this.em = em;
        this.run = run;
    }

    /**
     * The side's place, as the list gives it: its name, position, Wikidata id and official code;
     * its population only where the list says in which year it was counted.
     */
    Municipality create(PlaceIndex places, TwinningRow.Side side, Municipality.Kind kind, Short populationYear) {
        Municipality m = new Municipality();
        m.name = side.name().strip();
        m.kind = kind;
        m.countryCode = side.country();
        m.latitude = side.latitude();
        m.longitude = side.longitude();
        m.wikidataId = side.qid();
        m.officialCode = side.isGerman() ? side.ags() : null;
        if (side.population() != null && populationYear != null) {
            m.population = side.population();
            m.populationYear = populationYear;
        }
        m.slug = slugFor(m.name, m.countryCode);
        run.create(m);
        places.add(Place.of(m), List.of(), List.of());
        return m;
    }

    /** The name's slug; where taken, with the country; where still taken, with a number. */
    private String slugFor(String name, String country) {
        String base = Slugs.of(name, 100);
        if (base.isEmpty()) {
            base = "place";
        }
        String slug = base;
        if (taken(slug)) {
            slug = base + "-" + country.toLowerCase(Locale.ROOT);
        }
        for (int n = 2; taken(slug); n++) {
            slug = base + "-" + country.toLowerCase(Locale.ROOT) + "-" + n;
        }
        made.add(slug);
        return slug;
    }

    /**
     * Whether a municipality has the slug: one this run made ({@link #made}, written or not), or one the
     * table holds. The query does not flush the run's changes first: the only slugs they hold that the table
     * may not are the run's new municipalities', which {@link #made} has. Flushing before it, as Hibernate does
     * before a query by default, went through every entity of the run's current chunk for every slug looked
     * up: 72 % of the samples of the Wikidata twinning import (24,926 rows, 15,746 partnerships made), whose
     * first run took 42 s with it and 26 s without on one machine (bench/imports.sh).
     */
    private boolean taken(String slug) {
        return made.contains(slug) || !em.createQuery("select 1 from Municipality m where m.slug = :slug", Integer.class)
                .setParameter("slug", slug).setFlushMode(FlushModeType.COMMIT).setMaxResults(1).getResultList()
                .isEmpty();
    }
}
