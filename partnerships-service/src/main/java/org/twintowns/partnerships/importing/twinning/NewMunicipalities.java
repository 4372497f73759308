package org.twintowns.partnerships.importing.twinning;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.twintowns.commons.text.Slugs;
import org.twintowns.partnerships.importing.ImportRun;
import org.twintowns.partnerships.importing.TakenSlugs;
import org.twintowns.partnerships.municipality.Municipality;

/**
 * Creates the municipalities one import run needs but the registry lacks, with slugs nobody has yet. The
 * slugs a chunk's rows may need are looked up in the registry in one statement before the chunk
 * ({@link #lookUpSlugs}); any other one when it is needed. Only the slugs this run made, and those of the
 * current chunk, are held.
 */
final class NewMunicipalities {

    private final EntityManager em;
    private final ImportRun run;
    /** The slugs this run gave; a dry run's are in no table. */
    private final Set<String> made = new HashSet<>();
    /** The slugs looked up for the current chunk, and those of them the table has. */
    private final Set<String> asked = new HashSet<>();
    private final Set<String> inTable = new HashSet<>();

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

    /**
     * Looks up, in one statement, the slugs that new places for these sides would take first: the name's, and
     * the name's with the country. One query a slug took a round trip for each of the Wikidata file's 10,387
     * new places, twice where the name was taken (10-12 % of the import thread's samples). It reads without
     * flushing ({@link TakenSlugs}), which misses nothing: the only slugs the run has not written yet are in
     * {@link #made}.
     */
    void lookUpSlugs(Collection<TwinningRow.Side> sides) {
        asked.clear();
        inTable.clear();
        Set<String> slugs = new HashSet<>();
        for (TwinningRow.Side side : sides) {
            if (!side.name().isBlank() && side.country() != null) {
                String base = base(side.name().strip());
                slugs.add(base);
                slugs.add(base + "-" + side.country().toLowerCase(Locale.ROOT));
            }
        }
        slugs.removeAll(made);
        inTable.addAll(TakenSlugs.of(em, slugs));
        asked.addAll(slugs);
    }

    private static String base(String name) {
        String base = Slugs.of(name, 100);
        return base.isEmpty() ? "place" : base;
    }

    /** The name's slug; where taken, with the country; where still taken, with a number. */
    private String slugFor(String name, String country) {
        String base = base(name);
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
     * table holds, as looked up for the chunk or now. The look-up does not flush the run's changes first: the
     * only slugs they hold that the table may not are the run's new municipalities', which {@link #made} has.
     * Flushing before it, as Hibernate does before a query by default, went through every entity of the run's
     * current chunk for every slug looked up: 72 % of the samples of the Wikidata twinning import (24,926 rows,
     * 15,746 partnerships made), whose first run took 42 s with it and 26 s without on one machine
     * (bench/imports.sh).
     */
    private boolean taken(String slug) {
        if (made.contains(slug)) {
            return true;
        }
        if (asked.contains(slug)) {
            return inTable.contains(slug);
        }
        return !TakenSlugs.of(em, List.of(slug)).isEmpty();
    }
}
