package org.twintowns.partnerships.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.twintowns.partnerships.importing.ImportReport.Outcome;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.MunicipalityName;
import org.twintowns.partnerships.municipality.search.SearchKeys;
import org.twintowns.partnerships.partnership.Partnership;
import org.twintowns.partnerships.partnership.PartnershipParticipant;

/**
 * Imports twinning pairs from the Wikidata list (P190, 2017 snapshot): the German place is
 * matched to its AGS record by name and position (English exonyms such as Munich included), the
 * partner is matched or created in its country, and the pair becomes a TWINNING partnership
 * unless the registry already has one between them. Which side listed a pair is recorded, for the
 * consistency report. Re-running it creates nothing new.
 */
@ApplicationScoped
public class WikidataTwinningImporter {

    public static final String SOURCE = "wikidata-twinnings";
    static final String SOURCE_NAME = "Wikidata, P190 (twinned administrative body), 2017 snapshot";
    static final String SOURCE_URL = "https://github.com/rogorido/sistercities";
    static final LocalDate SNAPSHOT = LocalDate.of(2017, 7, 28);
    private static final List<String> REQUIRED_COLUMNS = List.of("origincityLabel", "origincountry", "originlat",
            "originlong", "originpopulation", "sistercityLabel", "destinationlat", "destinationlong",
            "destinationpopulation", "destination_countryLabel");
    /** English names of German cities that differ from their German names. */
    private static final Map<String, String> GERMAN_EXONYMS = Map.of(
            "Munich", "München", "Cologne", "Köln", "Nuremberg", "Nürnberg", "Hanover", "Hannover",
            "Brunswick", "Braunschweig", "Frankfurt", "Frankfurt am Main", "Hamelin", "Hameln",
            "Heligoland", "Helgoland");

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public ImportReport run(Reader tsv, ImportRun run) throws IOException {
        boolean dryRun = run.dryRun();
        ImportReport.Builder report = new ImportReport.Builder(SOURCE, dryRun);
        List<WikidataRow> rows = parse(tsv, report);
        run.rowsTotal(rows.size());

        PlaceIndex places = new PlaceIndex();
        em.createQuery("select distinct m from Municipality m left join fetch m.otherNames", Municipality.class)
                .getResultList().forEach(places::add);
        Map<String, UUID> partnershipsByParticipants = new HashMap<>();
        em.createQuery("select p.participantsKey, p.id from Partnership p", Object[].class).getResultList()
                .forEach(r -> partnershipsByParticipants.putIfAbsent((String) r[0], (UUID) r[1]));
        Set<String> listings = new HashSet<>(em.createQuery(
                "select concat(cast(l.partnershipId as string), '|', cast(l.listedBy as string)) "
                        + "from PartnershipSourceListing l where l.source = :source", String.class)
                .setParameter("source", SOURCE).getResultList());
        NewMunicipalities newMunicipalities = new NewMunicipalities(em, run);

        Set<String> germanPlaces = new HashSet<>();
        Set<String> germanPlacesWithAgs = new HashSet<>();
        Set<UUID> createdHere = new HashSet<>();
        int municipalitiesCreated = 0;
        for (WikidataRow row : rows) {
            List<String> notes = new ArrayList<>();
            Municipality origin = german(places, row.origin(), row.originLatitude(), row.originLongitude());
            if (origin == null) {
                origin = newMunicipalities.create(places, "DE", row.origin(), row.originLatitude(),
                        row.originLongitude(), row.originPopulation(), Municipality.Kind.CITY);
                municipalitiesCreated++;
                notes.add("German place not found in the AGS list; created without AGS");
            }
            germanPlaces.add(row.origin());
            if (origin.officialCode != null) {
                germanPlacesWithAgs.add(row.origin());
                rememberEnglishName(places, origin, row.origin(), run);
            }
            Municipality partner = "DE".equals(row.partnerCountry())
                    ? german(places, row.partner(), row.partnerLatitude(), row.partnerLongitude())
                    : places.find(row.partnerCountry(), row.partner(), row.partnerLatitude(), row.partnerLongitude());
            if (partner == null) {
                partner = newMunicipalities.create(places, row.partnerCountry(), row.partner(), row.partnerLatitude(),
                        row.partnerLongitude(), row.partnerPopulation(), Municipality.Kind.MUNICIPALITY);
                municipalitiesCreated++;
                notes.add("created partner " + row.partner() + " (" + row.partnerCountry() + ")");
            }
            if (origin.id.equals(partner.id)) {
                report.add(row.line(), row.key(), Outcome.FAILED, "both names lead to the same place", null);
                run.rowDone();
                continue;
            }
            String key = Partnership.keyOf(List.of(origin.id, partner.id));
            UUID existing = partnershipsByParticipants.get(key);
            Outcome outcome;
            UUID partnershipId;
            if (existing != null) {
                outcome = Outcome.MATCHED;
                partnershipId = existing;
                notes.add(0, createdHere.contains(existing) ? "listed again in this file" : "already registered");
            } else {
                Partnership partnership = twinning(origin, partner);
                run.create(partnership);
                partnershipId = partnership.id;
                partnershipsByParticipants.put(key, partnershipId);
                createdHere.add(partnershipId);
                outcome = Outcome.CREATED;
            }
            if (listings.add(partnershipId + "|" + origin.id)) {
                run.createLink(new PartnershipSourceListing(partnershipId, SOURCE, origin.id));
            }
            report.add(row.line(), row.key(), outcome, notes.isEmpty() ? null : String.join("; ", notes),
                    dryRun && outcome == Outcome.CREATED ? null : partnershipId);
            run.rowDone();
        }
        report.figure("germanPlaces", germanPlaces.size());
        report.figure("germanPlacesWithAgs", germanPlacesWithAgs.size());
        report.figure("agsSharePercent", germanPlaces.isEmpty() ? 0
                : Math.round(1000.0 * germanPlacesWithAgs.size() / germanPlaces.size()) / 10.0);
        report.figure("municipalitiesCreated", municipalitiesCreated);
        return report.build();
    }

    private static Municipality german(PlaceIndex places, String label, Double latitude, Double longitude) {
        Municipality found = places.find("DE", label, latitude, longitude);
        if (found == null && GERMAN_EXONYMS.containsKey(label)) {
            found = places.find("DE", GERMAN_EXONYMS.get(label), latitude, longitude);
        }
        return found;
    }

    /** Munich is München: keep the English label as a name, so the search finds it too. */
    private static void rememberEnglishName(PlaceIndex places, Municipality m, String label, ImportRun run) {
        boolean known = label.equals(m.name) || m.otherNames.stream().anyMatch(n -> n.name.equals(label));
        // The contract promises at most MAX_OTHER_NAMES names; a full list keeps its own.
        if (!known && !SearchKeys.of(label).equals(SearchKeys.of(m.name))
                && m.otherNames.size() < Municipality.MAX_OTHER_NAMES) {
            run.change(m);
            MunicipalityName english = new MunicipalityName();
            english.municipality = m;
            english.name = label;
            english.language = "en";
            english.kind = MunicipalityName.Kind.EXONYM;
            m.otherNames.add(english);
            // A new row in the names table leaves the municipality's own columns as they were: its version must move too.
            m.touch();
            places.alias(m, label);
        }
    }

    private static Partnership twinning(Municipality origin, Municipality partner) {
        Partnership partnership = new Partnership();
        partnership.type = Partnership.Type.TWINNING;
        partnership.sourceName = SOURCE_NAME;
        partnership.sourceUrl = SOURCE_URL;
        partnership.lastVerifiedOn = SNAPSHOT;
        partnership.replaceParticipants(List.of(
                new PartnershipParticipant(origin.id, PartnershipParticipant.Role.PARTNER),
                new PartnershipParticipant(partner.id, PartnershipParticipant.Role.PARTNER)));
        // Wikidata lists current twinnings without dates: active, founding date unknown.
        partnership.recordActiveWithUnknownHistory();
        return partnership;
    }

    /** Reads the file as the import will, writing nothing: a file it cannot read is refused (400). */
    static void check(Reader tsv) throws IOException {
        parse(tsv, new ImportReport.Builder(SOURCE, true));
    }

    private static List<WikidataRow> parse(Reader tsv, ImportReport.Builder report) throws IOException {
        CSVFormat format = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null)
                .setIgnoreSurroundingSpaces(false).get();
        List<CSVRecord> records = DelimitedFile.read(tsv, format, REQUIRED_COLUMNS, "the Wikidata twinning list",
                report);
        List<WikidataRow> rows = new ArrayList<>();
        for (CSVRecord record : records) {
            int line = (int) record.getRecordNumber() + 1;
            try {
                rows.add(WikidataRow.of(record, line));
            } catch (IllegalArgumentException e) {
                report.add(line, DestatisMunicipalityImporter.field(record, "origincityLabel") + " – "
                        + DestatisMunicipalityImporter.field(record, "sistercityLabel"), Outcome.FAILED,
                        e.getMessage(), null);
            }
        }
        return rows;
    }
}
