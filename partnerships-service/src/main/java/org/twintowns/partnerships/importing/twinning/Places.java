package org.twintowns.partnerships.importing.twinning;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.twintowns.partnerships.municipality.search.PlaceNames;
import org.twintowns.partnerships.importing.CityStateBoroughs;
import org.twintowns.partnerships.importing.ImportRun;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.MunicipalityName;
import org.twintowns.partnerships.municipality.search.SearchKeys;

/**
 * Finds or makes the place each side of a row means, and records what a list teaches about the
 * places it finds: their Wikidata ids and, where the list says in which language it names places,
 * the names under which they were found.
 *
 * <p>A place is found by its Wikidata id first, for good: once a place has an id, a list that
 * gives the id finds it whatever name it uses. Then by AGS, then by name and position. A place
 * found otherwise gets the list's id, unless it has another one already; that is reported, never
 * overwritten.
 *
 * <p>The index knows places as records ({@link Place}); the entity of a place is read by id only once a
 * side resolves to it, so that the persistence context holds only the places of the rows since the last
 * {@link #checkpoint}. A dry run writes nothing, so it keeps the places it made or changed itself: the
 * database does not know what it did to them.
 */
final class Places {

    /** How a side's place was found. */
    enum How { WIKIDATA_ID, OFFICIAL_CODE, NAME, POSITION, CREATED }

    record Found(Municipality place, How how) {
    }

    /** English names of German cities that differ from their German names. */
    static final Map<String, String> GERMAN_EXONYMS = Map.of(
            "Munich", "München", "Cologne", "Köln", "Nuremberg", "Nürnberg", "Hanover", "Hannover",
            "Brunswick", "Braunschweig", "Frankfurt", "Frankfurt am Main", "Hamelin", "Hameln",
            "Heligoland", "Helgoland");

    private final PlaceIndex index;
    private final NewMunicipalities newMunicipalities;
    private final String language;
    private final ImportRun run;
    private final EntityManager em;
    private final Set<UUID> createdHere = new HashSet<>();
    /** Places made, and places locked, since the last checkpoint: a checkpoint told the feed of the others. */
    private final Set<UUID> createdInChunk = new HashSet<>();
    private final Set<UUID> changing = new HashSet<>();
    /** In a dry run, the places it made or changed, whose changes live nowhere else. */
    private final Map<UUID, Municipality> kept = new HashMap<>();
    int wikidataIdsRecorded;
    int wikidataIdConflicts;
    int nearMisses;

    Places(PlaceIndex index, NewMunicipalities newMunicipalities, String language, ImportRun run,
           EntityManager em) {
        this.index = index;
        this.newMunicipalities = newMunicipalities;
        this.language = language;
        this.run = run;
        this.em = em;
    }

    /** The run let go of its records ({@link ImportRun#checkpoint}): a place changed after this is locked and told again. */
    void checkpoint() {
        index.checkpoint();
        createdInChunk.clear();
        changing.clear();
    }

    /** Answers the near-miss checks of the places made since the last time ({@link PlaceIndex#settle}). */
    void settle() {
        index.settle();
    }

    int created() {
        return createdHere.size();
    }

    /**
     * Before a chunk: looks up the places its rows' sides may be ({@link PlaceIndex#lookUp}), as the names file
     * completes them, and the slugs that new places for them would take (see {@link NewMunicipalities}).
     */
    void lookUp(List<TwinningRow> rows, QidNames names) {
        List<TwinningRow.Side> sides = new ArrayList<>(2 * rows.size());
        rows.forEach(row -> {
            sides.add(row.a());
            sides.add(row.b());
        });
        List<TwinningRow.Side> completed = new ArrayList<>(sides);
        for (TwinningRow.Side side : sides) {
            TwinningRow.Side named = fromNamesFile(side, names);
            if (named != null) {
                completed.add(named);
            }
        }
        index.lookUp(completed);
        newMunicipalities.lookUpSlugs(sides);
    }

    /**
     * The side completed from the names file where the list names a place by its id alone; an
     * {@link IllegalArgumentException} when neither the file nor the registry knows the place.
     */
    TwinningRow.Side complete(TwinningRow.Side side, QidNames names) {
        TwinningRow.Side named = fromNamesFile(side, names);
        if (named != null) {
            return named;
        }
        if (namedByIdAlone(side) && index.byQid(side.qid()) == null) {
            throw new IllegalArgumentException("the " + side.label() + " place " + side.qid() + " is neither in the "
                    + "registry nor in the names file");
        }
        return side;
    }

    /** Whether the list names the side's place by its id alone, without its name or its country. */
    private static boolean namedByIdAlone(TwinningRow.Side side) {
        return side.qid() != null && (side.name().isEmpty() || side.country() == null);
    }

    /** The side with what the names file says of its place, where the list names it by id alone and the file knows it; else null. */
    private static TwinningRow.Side fromNamesFile(TwinningRow.Side side, QidNames names) {
        QidNames.Entry known = namedByIdAlone(side) && names != null ? names.get(side.qid()) : null;
        return known == null ? null : side.with(known);
    }

    /** The side's place: found, or made, with what a person should look at added to {@code notes}. */
    Found resolve(TwinningRow.Side side, Short populationYear, List<String> notes) {
        Place identified = side.qid() == null ? null : index.byQid(side.qid());
        if (identified != null) {
            Municipality byId = load(identified);
            if (byId.countryCode.equals("DE") && !ofOfficialList(byId)) {
                notes.add(side.shown() + ": the German place has no AGS in the registry");
            }
            rememberName(byId, side.name());
            return new Found(byId, How.WIKIDATA_ID);
        }
        Place found = side.isGerman() && side.ags() != null ? index.byOfficialCode("DE", side.ags()) : null;
        How how = How.OFFICIAL_CODE;
        if (found == null) {
            how = How.NAME;
            found = index.find(side.country(), side.name(), side.latitude(), side.longitude());
            if (found == null && side.isGerman() && GERMAN_EXONYMS.containsKey(side.name())) {
                found = index.find("DE", GERMAN_EXONYMS.get(side.name()), side.latitude(), side.longitude());
            }
            if (found == null) {
                found = index.findAsPart(side.country(), side.name(), side.latitude(), side.longitude());
                if (found != null) {
                    notes.add(side.name() + " is taken for " + found.name() + " nearby, whose name it is part of");
                }
            }
        }
        String byPosition = null;
        if (found == null && side.isGerman() && side.latitude() != null) {
            Successors.Finding finding = index.successors().find(side.country(), side.name(), side.latitude(),
                    side.longitude(), side.population());
            // A district or region is never a part of the municipality at its point ("Rhein-Pfalz-Kreis").
            if (finding.successor() != null && PlaceNames.core(side.name()).kind() == null) {
                // Neither the former place's Wikidata id nor its name are the successor's: both stay unrecorded.
                notes.add(finding.reason());
                return new Found(load(finding.successor()), How.POSITION);
            }
            byPosition = finding.successor() == null ? finding.reason() : null;
        }
        if (found != null) {
            Municipality place = load(found);
            if (side.isGerman() && !ofOfficialList(place)) {
                notes.add(side.name() + ": the German place has no AGS in the registry");
            }
            MunicipalityName formerName = PlaceIndex.formerName(place, side.name());
            if (formerName != null) {
                // The place that took the former one in carried on its partnerships (Kreuzberg's are Friedrichshain-Kreuzberg's).
                notes.add(side.name() + " is a former name of " + place.name
                        + (formerName.usedUntil == null ? "" : " (until " + formerName.usedUntil + ")"));
            }
            recordWikidataId(place, side, notes);
            rememberName(place, side.name());
            return new Found(place, how);
        }
        return new Found(create(side, populationYear, byPosition, notes), How.CREATED);
    }

    /**
     * Whether the place is one of an official list of German places: a municipality with an AGS, or a
     * borough of a city-state, which the official list names as one municipality (Berlin, Hamburg).
     */
    static boolean ofOfficialList(Municipality m) {
        return m.officialCode != null || CityStateBoroughs.isBorough(m);
    }

    /** Makes the side's place; {@code byPosition} is what its position says a person should know, or null. */
    private Municipality create(TwinningRow.Side side, Short populationYear, String byPosition, List<String> notes) {
        PlaceIndex.NearMiss nearMiss = index.nearMiss(side.country(), side.name(), side.latitude(), side.longitude());
        PlaceNames.Core core = PlaceNames.core(side.name());
        Municipality.Kind kind = core.kind() != null ? core.kind()
                : side.kind() != null ? side.kind() : Municipality.Kind.MUNICIPALITY;
        Municipality m = newMunicipalities.create(index, side, kind, populationYear);
        createdHere.add(m.id);
        createdInChunk.add(m.id);
        if (run.dryRun()) {
            kept.put(m.id, m);
        }
        if (side.isGerman() && m.officialCode == null) {
            notes.add(side.name() + ": German place not found in the AGS list; created without AGS");
        } else {
            notes.add("created " + side.label() + " " + side.name() + " (" + side.country() + ")");
        }
        // Where the note goes: the reason may be known only when the chunk's checks are settled (settle()).
        int at = notes.size();
        nearMiss.then(reason -> {
            nearMisses++;
            notes.add(at, "near-miss, please check: " + side.name() + " (" + side.country() + ") was created, but "
                    + reason);
        });
        if (byPosition != null) {
            if (byPosition.startsWith("near-miss")) {
                nearMisses++;
            }
            notes.add(byPosition);
        }
        return m;
    }

    /** A place found without its id gets the list's, unless it has another: that one is kept and reported. */
    private void recordWikidataId(Municipality m, TwinningRow.Side side, List<String> notes) {
        if (side.qid() == null || side.qid().equals(m.wikidataId)) {
            return;
        }
        if (m.wikidataId == null) {
            // Read again under lock: an editor may have given it an id meanwhile.
            change(m);
        }
        if (m.wikidataId == null) {
            m.wikidataId = side.qid();
            index.identified(Place.of(m));
            if (!createdHere.contains(m.id)) {
                wikidataIdsRecorded++;
            }
        } else if (!side.qid().equals(m.wikidataId)) {
            wikidataIdConflicts++;
            notes.add(m.name + " has the Wikidata id " + m.wikidataId + " in the registry, the list says "
                    + side.qid() + "; kept " + m.wikidataId);
        }
    }

    /**
     * Locks a place the import read before its first change of a chunk (see {@link ImportRun#change}):
     * a place made in this chunk is nobody else's yet, and a place already locked keeps the changes
     * made since; a place made or changed before the last checkpoint was told to the feed as it was then,
     * and is told again with this change.
     */
    private void change(Municipality m) {
        if (!createdInChunk.contains(m.id) && changing.add(m.id)) {
            run.change(m);
        }
        if (run.dryRun() && kept.putIfAbsent(m.id, m) == null) {
            // Read now, while the place is managed: a checkpoint detaches it.
            m.otherNames.size();
        }
    }

    /** The place's entity: the one this dry run keeps, else the one the persistence context reads by id. */
    private Municipality load(Place place) {
        Municipality m = kept.get(place.id());
        return m != null ? m : em.find(Municipality.class, place.id());
    }

    /**
     * Munich is München: the name the list found a place by is kept as one of its names in the
     * list's language, so that the search finds it too. Only for places of an official list (with an
     * official code), whose own names are in their country's language; not names that differ only in
     * spelling or in the words for the kind of place ("Västerås Municipality").
     */
    private void rememberName(Municipality m, String label) {
        if (language == null || label.isEmpty() || m.officialCode == null || createdHere.contains(m.id)) {
            return;
        }
        boolean known = label.equals(m.name) || m.otherNames.stream().anyMatch(n -> n.name.equals(label));
        // The contract promises at most MAX_OTHER_NAMES names; a full list keeps its own.
        if (!known && !SearchKeys.of(label).equals(SearchKeys.of(m.name))
                && !PlaceNames.key(label).equals(PlaceNames.key(m.name))
                && m.otherNames.size() < Municipality.MAX_OTHER_NAMES) {
            change(m);
            MunicipalityName name = new MunicipalityName();
            name.municipality = m;
            name.name = label;
            name.language = language;
            name.kind = MunicipalityName.Kind.EXONYM;
            m.otherNames.add(name);
            // A new row in the names table leaves the municipality's own columns as they were: its version must move too.
            m.touch();
            index.alias(Place.of(m), label);
        }
    }
}
