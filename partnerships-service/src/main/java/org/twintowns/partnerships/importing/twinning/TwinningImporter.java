package org.twintowns.partnerships.importing.twinning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.twintowns.partnerships.importing.DelimitedFile;
import org.twintowns.partnerships.importing.ImportReport;
import org.twintowns.partnerships.importing.ImportReport.Outcome;
import org.twintowns.partnerships.importing.ImportRun;
import org.twintowns.partnerships.importing.PartnershipSourceListing;
import org.twintowns.partnerships.partnership.LifecycleEvent;
import org.twintowns.partnerships.partnership.Partnership;
import org.twintowns.partnerships.partnership.PartnershipParticipant;

/**
 * Imports any list of twinning pairs through a {@link TwinningMapping}: each side's place is found
 * ({@link Places}) or created in its country, and each pair becomes a partnership unless the
 * registry already has one between the two places. That side A listed the pair is recorded
 * under the mapping's list name, for the consistency report. Re-running it creates nothing new.
 *
 * <p>The report's figures say how many places were created, how many Wikidata ids were recorded
 * or conflicted, how many near-misses a person should look at, and for the German sides: how many
 * rows have one ({@code germanSideRows}), in how many every German side was matched to a German place
 * of an official list, a municipality with an AGS or a borough of Berlin or Hamburg ({@code germanSideMatched},
 * {@code germanSideMatchedPercent}; see {@link GermanSides}), and the share of German place names matched
 * to an AGS ({@code agsSharePercent}).
 *
 * <p>What it holds does not grow with the registry: the places and the keys they are found under are in
 * tables of the import's transaction ({@link RegistryPlaces}), and it goes through the rows {@link #CHUNK} at a
 * time, asking those tables for the keys of a chunk's sides in one statement, reading the entities of the places
 * a chunk resolves to and the partnerships between them ({@link KnownPartnerships}), then writing the chunk and
 * letting go of it ({@link ImportRun#checkpoint}). It is still one transaction.
 */
@ApplicationScoped
public class TwinningImporter {

    /** Rows imported between checkpoints: the persistence context holds the records of this many rows at most. */
    static final int CHUNK = 500;

    @Inject
    EntityManager em;

    /**
     * Imports {@code text} (a CSV or TSV file with a header) as the mapping says; {@code names}
     * names the places that rows give by Wikidata id alone, and may be null. A file that lacks a
     * column the mapping names is refused (400) before anything is written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportReport run(String text, TwinningMapping mapping, QidNames names, ImportRun run) throws IOException {
        ImportReport.Builder report = new ImportReport.Builder(mapping.list(), run.dryRun());
        GermanSides german = new GermanSides();
        List<TwinningRow> rows = read(text, mapping, report, german);
        run.read(rows.size(), report.reported());

        PlaceIndex index = RegistryPlaces.load(em);
        Places places = new Places(index, new NewMunicipalities(em, run), mapping.language(), run, em);
        KnownPartnerships known = new KnownPartnerships(em, mapping.list(), run.dryRun());
        for (int from = 0; from < rows.size(); from += CHUNK) {
            if (from > 0) {
                // The places and partnerships of the rows so far are written and let go of: none of them is held below.
                run.holdingAside(index.held());
                run.checkpoint();
                places.checkpoint();
                known.checkpoint();
            }
            List<TwinningRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            places.lookUp(chunk, names);
            List<Pair> pairs = new ArrayList<>();
            for (TwinningRow row : chunk) {
                Pair pair = resolve(row, places, names, german, report, run);
                if (pair != null) {
                    pairs.add(pair);
                }
            }
            // Before the notes are joined: the near misses of the chunk's new places add theirs now.
            places.settle();
            known.lookUp(pairs.stream().map(Pair::key).toList());
            List<PartnershipSourceListing> listings = new ArrayList<>();
            pairs.forEach(pair -> register(pair, known, mapping, report, run, listings));
            // After the chunk's partnerships, not one after each: Hibernate sends a batch of inserts only while they
            // go to one table, so partnership, listing, partnership... went one statement at a time.
            listings.forEach(run::createLink);
        }
        run.holdingAside(index.held());
        german.figures(report);
        report.figure("municipalitiesCreated", places.created());
        report.figure("wikidataIdsRecorded", places.wikidataIdsRecorded);
        report.figure("wikidataIdConflicts", places.wikidataIdConflicts);
        report.figure("nearMisses", places.nearMisses);
        return report.build();
    }

    /** A row whose two places are found or made: the partnership between them is still to be registered. */
    private record Pair(TwinningRow row, UUID a, UUID b, String key, List<String> notes) {
    }

    /** The row's pair of places; null when it failed, which is reported here. */
    private static Pair resolve(TwinningRow row, Places places, QidNames names, GermanSides german,
                                ImportReport.Builder report, ImportRun run) {
        List<String> notes = new ArrayList<>();
        Places.Found a;
        Places.Found b;
        try {
            TwinningRow.Side sideA = places.complete(row.a(), names);
            TwinningRow.Side sideB = places.complete(row.b(), names);
            a = places.resolve(sideA, row.populationYear(), notes);
            b = places.resolve(sideB, row.populationYear(), notes);
            german.count(sideA, a, sideB, b);
        } catch (IllegalArgumentException e) {
            german.failed(row.a().isGerman() || row.b().isGerman());
            report.add(row.line(), row.key(), Outcome.FAILED, e.getMessage(), null);
            run.rowDone();
            return null;
        }
        if (a.place().id.equals(b.place().id)) {
            report.add(row.line(), row.key(), Outcome.FAILED, "both names lead to the same place", null);
            run.rowDone();
            return null;
        }
        return new Pair(row, a.place().id, b.place().id, Partnership.keyOf(List.of(a.place().id, b.place().id)),
                notes);
    }

    /** The pair's partnership: the registered one, else a new one; and the list's listing of it under side A, if new. */
    private static void register(Pair pair, KnownPartnerships known, TwinningMapping mapping,
                                 ImportReport.Builder report, ImportRun run, List<PartnershipSourceListing> listings) {
        TwinningRow row = pair.row();
        List<String> notes = pair.notes();
        KnownPartnerships.Known existing = known.get(pair.key());
        Outcome outcome;
        UUID partnershipId;
        if (existing != null) {
            outcome = Outcome.MATCHED;
            partnershipId = existing.id();
            notes.add(0, known.createdHere(partnershipId) ? "listed again in this file" : "already registered");
            if (existing.type() != row.type()) {
                notes.add(1, "registered as " + existing.type() + ", the list says " + row.type());
            }
        } else {
            Partnership partnership = partnership(row, pair.a(), pair.b());
            run.create(partnership);
            partnershipId = partnership.id;
            known.created(pair.key(), partnershipId, row.type());
            outcome = Outcome.CREATED;
        }
        if (known.list(partnershipId, pair.a())) {
            listings.add(new PartnershipSourceListing(partnershipId, mapping.list(), pair.a()));
        }
        report.add(row.line(), row.key(), outcome, notes.isEmpty() ? null : String.join("; ", notes),
                run.dryRun() && outcome == Outcome.CREATED ? null : partnershipId);
        run.rowDone();
    }

    /** Reads the file as the import will, writing nothing: a file or mapping it cannot read is refused (400). */
    public static void check(String text, TwinningMapping mapping) throws IOException {
        read(text, mapping, new ImportReport.Builder(mapping.list(), true), new GermanSides());
    }

    private static Partnership partnership(TwinningRow row, UUID a, UUID b) {
        Partnership partnership = new Partnership();
        partnership.type = row.type();
        partnership.sourceName = row.sourceName();
        partnership.sourceUrl = row.sourceUrl();
        partnership.lastVerifiedOn = row.verified();
        partnership.replaceParticipants(List.of(
                new PartnershipParticipant(a, PartnershipParticipant.Role.PARTNER),
                new PartnershipParticipant(b, PartnershipParticipant.Role.PARTNER)));
        if (row.start() == null) {
            // Lists such as Wikidata's give current twinnings without dates: active, founding date unknown.
            partnership.recordActiveWithUnknownHistory();
        } else {
            partnership.establishedOn = row.start().date();
            partnership.establishedYearOnly = row.start().yearOnly();
            partnership.appendEvent(LifecycleEvent.Kind.ESTABLISHED, row.start().date(), null, null);
        }
        return partnership;
    }

    /** The rows of the file; rows that cannot be read are reported as failed here, in file order. */
    private static List<TwinningRow> read(String text, TwinningMapping mapping, ImportReport.Builder report,
                                          GermanSides german) throws IOException {
        CSVFormat format = ListFormat.of(text, mapping.delimiter());
        checkHeader(text, format, mapping);
        List<CSVRecord> records = DelimitedFile.read(new StringReader(text), format, List.of(),
                "a twinning list", report);
        List<TwinningRow> rows = new ArrayList<>(records.size());
        for (CSVRecord record : records) {
            int line = (int) record.getRecordNumber() + 1;
            try {
                rows.add(TwinningRow.of(record, line, mapping));
            } catch (IllegalArgumentException e) {
                german.failed("DE".equals(TwinningRow.country(record, mapping, "a"))
                        || "DE".equals(TwinningRow.country(record, mapping, "b")));
                report.add(line, TwinningRow.key(record, mapping), Outcome.FAILED, e.getMessage(), null);
            }
        }
        return rows;
    }

    /** A file without a column the mapping names is refused before its rows are read. */
    private static void checkHeader(String text, CSVFormat format, TwinningMapping mapping) throws IOException {
        List<String> header;
        try (CSVParser parser = format.parse(new StringReader(text))) {
            header = parser.getHeaderNames();
        } catch (IOException | RuntimeException malformed) {
            // A header that cannot be read is DelimitedFile's to refuse, with the reason.
            return;
        }
        mapping.checkHeader(header);
    }
}
