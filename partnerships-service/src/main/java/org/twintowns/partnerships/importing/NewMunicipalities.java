package org.twintowns.partnerships.importing;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.twintowns.commons.text.Slugs;
import org.twintowns.partnerships.municipality.Municipality;

/** Creates the municipalities one import run needs but the registry lacks, with slugs nobody has yet. */
final class NewMunicipalities {

    /** The year the Wikidata snapshot counted populations in. */
    private static final short SNAPSHOT_YEAR = 2017;

    private final ImportRun run;
    private final Set<String> slugs;

    NewMunicipalities(EntityManager em, ImportRun run) {
        this.run = run;
        this.slugs = new HashSet<>(em.createQuery("select slug from Municipality", String.class).getResultList());
    }

    Municipality create(PlaceIndex places, String country, String name, Double latitude, Double longitude,
                        Integer population, Municipality.Kind kind) {
        Municipality m = new Municipality();
        m.name = name.strip();
        m.kind = kind;
        m.countryCode = country;
        m.latitude = latitude;
        m.longitude = longitude;
        if (population != null) {
            m.population = population;
            m.populationYear = SNAPSHOT_YEAR;
        }
        m.slug = slugFor(m.name, country);
        run.create(m);
        places.add(m);
        return m;
    }

    /** The name's slug; where taken, with the country; where still taken, with a number. */
    private String slugFor(String name, String country) {
        String base = Slugs.of(name, 100);
        if (base.isEmpty()) {
            base = "place";
        }
        String slug = base;
        if (slugs.contains(slug)) {
            slug = base + "-" + country.toLowerCase(Locale.ROOT);
        }
        for (int n = 2; slugs.contains(slug); n++) {
            slug = base + "-" + country.toLowerCase(Locale.ROOT) + "-" + n;
        }
        slugs.add(slug);
        return slug;
    }
}
