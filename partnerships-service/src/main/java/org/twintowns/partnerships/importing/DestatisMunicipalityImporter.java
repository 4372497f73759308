package org.twintowns.partnerships.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.twintowns.commons.text.Slugs;
import org.twintowns.partnerships.importing.ImportReport.Outcome;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.repository.MunicipalityRepository;
import org.twintowns.partnerships.municipality.search.SearchKeys;

/**
 * Imports the official list of German municipalities (Destatis Gemeindeverzeichnis, record type
 * 60) keyed by AGS: a municipality already known by its AGS is matched or updated, one known only
 * by name and position gets its AGS, anything else is created. Re-running it creates nothing new.
 * A created municipality's id is derived from its AGS ({@link OfficialCodeIds}), so it is the same
 * in every installation; matched and updated ones keep the id they have.
 *
 * <p>With Berlin and Hamburg it takes in their boroughs ({@link CityStateBoroughs}), which the list
 * cannot name: they hold twinnings of their own, and a list of twinnings names them, not the city.
 */
@ApplicationScoped
public class DestatisMunicipalityImporter {

    public static final String SOURCE = "destatis-municipalities";
    /** Population figures of the 2020 edition of the Gemeindeverzeichnis. */
    static final short POPULATION_YEAR = 2020;
    /** Rows looked up, written and let go of together: about 1 MB of entities and events. */
    static final int CHUNK = 500;
    /** A municipality known only by name is the same place when it lies this close. */
    private static final double SAME_PLACE_KM = 15;

    private static final List<String> REQUIRED_COLUMNS = List.of("satzart", "textkennzeichen", "land", "rb", "kreis",
            "gemeinde", "gemeindename", "bevoelkerung", "laengengrad", "breitengrad");

    @Inject
    MunicipalityRepository repository;

    @Transactional(Transactional.TxType.MANDATORY)
    public ImportReport run(Reader csv, ImportRun run) throws IOException {
        ImportReport.Builder report = new ImportReport.Builder(SOURCE, run.dryRun());
        List<DestatisRow> rows = parse(csv, report);
        int boroughRows = rows.stream().mapToInt(r -> CityStateBoroughs.of(r.ags()).size()).sum();
        run.read(rows.size() + boroughRows, report.reported());
        Set<String> ambiguousNames = ambiguousNames(rows);
        GermanRegistry registry = new GermanRegistry(repository.getEntityManager(), run.dryRun());
        for (int from = 0; from < rows.size(); from += CHUNK) {
            importChunk(rows.subList(from, Math.min(rows.size(), from + CHUNK)), ambiguousNames, registry, report, run);
            // What the chunk did goes to the feed and leaves memory: held entities do not grow with the registry.
            run.checkpoint();
        }
        CityStateBoroughImport boroughs = new CityStateBoroughImport(registry);
        for (DestatisRow row : rows) {
            if (!CityStateBoroughs.of(row.ags()).isEmpty()) {
                boroughs.take(row, registry.byAgs(List.of(row.ags())).get(row.ags()), report, run);
            }
        }
        return report.build();
    }

    private void importChunk(List<DestatisRow> rows, Set<String> ambiguousNames, GermanRegistry registry,
                             ImportReport.Builder report, ImportRun run) {
        Map<String, Municipality> byAgs = registry.byAgs(rows.stream().map(DestatisRow::ags).toList());
        Map<String, List<Municipality>> withoutAgsByKey = registry.withoutAgs(
                rows.stream().map(r -> SearchKeys.of(r.name())).collect(Collectors.toSet()), false);
        Set<String> slugs = registry.slugsTaken(rows.stream()
                .flatMap(r -> Stream.of(Slugs.of(r.name(), 100), Slugs.of(r.name(), 100) + "-" + r.ags(), r.ags())).toList());
        Set<UUID> ids = registry.idsTaken(rows.stream().map(r -> OfficialCodeIds.municipality("DE", r.ags())).toList());
        for (DestatisRow row : rows) {
            String key = row.ags() + " " + row.name();
            Municipality known = byAgs.get(row.ags());
            if (known != null) {
                if (row.differsFrom(known, POPULATION_YEAR)) {
                    run.change(known);
                }
                boolean changed = row.applyTo(known, POPULATION_YEAR);
                report.add(row.line(), key, changed ? Outcome.UPDATED : Outcome.MATCHED,
                        changed ? "name, kind, population or position changed" : null, known.id);
                run.rowDone();
                continue;
            }
            Municipality byName = closest(withoutAgsByKey.get(SearchKeys.of(row.name())), row);
            if (byName != null) {
                run.change(byName);
                byName.officialCode = row.ags();
                row.applyTo(byName, POPULATION_YEAR);
                byAgs.put(row.ags(), byName);
                withoutAgsByKey.get(byName.searchKey).remove(byName);
                registry.claimed(byName);
                report.add(row.line(), key, Outcome.UPDATED, "matched by name and position; AGS added", byName.id);
                run.rowDone();
                continue;
            }
            Municipality created = new Municipality();
            created.id = stableId(row.ags(), ids);
            created.countryCode = "DE";
            created.officialCode = row.ags();
            created.slug = uniqueSlug(row, ambiguousNames, slugs);
            row.applyTo(created, POPULATION_YEAR);
            run.create(created);
            registry.added(created);
            byAgs.put(row.ags(), created);
            report.add(row.line(), key, Outcome.CREATED, null, run.dryRun() ? null : created.id);
            run.rowDone();
        }
    }

    /**
     * The AGS's own id; a random one (as for any other municipality) in the rare case that the
     * derived id is taken, say by a municipality whose AGS was corrected after its import.
     */
    private static UUID stableId(String ags, Set<UUID> taken) {
        UUID id = OfficialCodeIds.municipality("DE", ags);
        return taken.add(id) ? id : null;
    }

    /** Reads the file as the import will, writing nothing: a file it cannot read is refused (400). */
    static void check(Reader csv) throws IOException {
        parse(csv, new ImportReport.Builder(SOURCE, true));
    }

    private static List<DestatisRow> parse(Reader csv, ImportReport.Builder report) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<DestatisRow> rows = new ArrayList<>();
        int administrative = 0;
        List<CSVRecord> records = DelimitedFile.read(csv, format, REQUIRED_COLUMNS,
                "a Destatis Gemeindeverzeichnis CSV", report);
        for (CSVRecord record : records) {
            int line = (int) record.getRecordNumber() + 1;
            if (!"60".equals(field(record, "satzart"))) {
                // States, districts and associations of municipalities: context, not municipalities.
                administrative++;
                continue;
            }
            try {
                DestatisRow row = DestatisRow.of(record, line);
                if (row.unincorporated()) {
                    report.add(line, row.ags() + " " + row.name(), Outcome.SKIPPED,
                            "unincorporated area (gemeindefreies Gebiet), not a municipality", null);
                } else {
                    rows.add(row);
                }
            } catch (IllegalArgumentException e) {
                report.add(line, field(record, "gemeindename"), Outcome.FAILED, e.getMessage(), null);
            }
        }
        report.figure("administrativeRowsIgnored", administrative);
        return rows;
    }

    static String field(CSVRecord record, String name) {
        return record.isMapped(name) && record.isSet(name) ? record.get(name).trim() : "";
    }

    /** Names that several German municipalities share (Neuenkirchen: 11 of them) get the AGS in their slug. */
    private static Set<String> ambiguousNames(List<DestatisRow> rows) {
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(Slugs.of(r.name(), 100), 1, Integer::sum));
        Set<String> ambiguous = new HashSet<>();
        counts.forEach((slug, count) -> {
            if (count > 1) {
                ambiguous.add(slug);
            }
        });
        return ambiguous;
    }

    private static String uniqueSlug(DestatisRow row, Set<String> ambiguousNames, Set<String> taken) {
        String base = Slugs.of(row.name(), 100);
        String slug = ambiguousNames.contains(base) || taken.contains(base) || base.isEmpty()
                ? (base.isEmpty() ? "" : base + "-") + row.ags()
                : base;
        taken.add(slug);
        return slug;
    }

    private static Municipality closest(List<Municipality> candidates, DestatisRow row) {
        if (candidates == null || candidates.isEmpty()) {
            return null;
        }
        Municipality best = null;
        double bestKm = Double.MAX_VALUE;
        for (Municipality candidate : candidates) {
            double km = candidate.hasCoordinates() && row.hasCoordinates()
                    ? Geo.distanceKm(candidate.latitude, candidate.longitude, row.latitude(), row.longitude())
                    : (candidates.size() == 1 ? 0 : Double.MAX_VALUE);
            if (km < bestKm) {
                best = candidate;
                bestKm = km;
            }
        }
        return bestKm <= SAME_PLACE_KM ? best : null;
    }
}
