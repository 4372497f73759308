package org.twintowns.partnerships.importing.twinning;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.twintowns.partnerships.importing.DelimitedFile;
import org.twintowns.partnerships.importing.ImportReport;

/**
 * What a list of Wikidata id pairs needs besides the ids: each item's name, country and, where
 * known, position. A CSV or TSV file with a header and the columns {@code qid}, {@code name},
 * {@code country} (a code or a name, as in a twinning list) and optionally {@code lat} and
 * {@code lon}. A line the file cannot give (an unknown country, say) refuses only the rows that
 * need its item, with the line's fault as their reason.
 */
public final class QidNames {

    /** One item. */
    record Entry(String name, String country, Double latitude, Double longitude) {
    }

    private static final List<String> REQUIRED = List.of("qid", "name", "country");

    private final Map<String, Entry> entries;
    private final Map<String, String> faults;

    private QidNames(Map<String, Entry> entries, Map<String, String> faults) {
        this.entries = entries;
        this.faults = faults;
    }

    /** The names file, read whole; a file that is not one is refused with a 400 on {@code names}. */
    public static QidNames parse(String text) {
        List<CSVRecord> records;
        try {
            records = DelimitedFile.read(new StringReader(text), ListFormat.of(text, null), REQUIRED,
                    "a names file (qid, name, country, lat, lon)", new ImportReport.Builder("names", true), "names");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Entry> entries = new HashMap<>();
        Map<String, String> faults = new HashMap<>();
        for (CSVRecord record : records) {
            String qidValue = field(record, "qid");
            String qid;
            try {
                qid = TwinningValues.qid(qidValue, "qid");
            } catch (IllegalArgumentException e) {
                continue; // no row can ask for an item the file cannot name
            }
            long line = record.getRecordNumber() + 1;
            try {
                String name = field(record, "name");
                if (name.isEmpty() || name.length() > 200) {
                    throw new IllegalArgumentException("has no name (or one longer than 200 characters)");
                }
                Double latitude = TwinningValues.degrees(field(record, "lat"), "lat", 90);
                Double longitude = TwinningValues.degrees(field(record, "lon"), "lon", 180);
                boolean position = latitude != null && longitude != null;
                entries.put(qid, new Entry(name, TwinningValues.country(field(record, "country"), "its"),
                        position ? latitude : null, position ? longitude : null));
            } catch (IllegalArgumentException e) {
                faults.put(qid, "the names file's line " + line + " for " + qid + ": " + e.getMessage());
            }
        }
        return new QidNames(entries, faults);
    }

    /** What the file says of the item; an {@link IllegalArgumentException} when its line is faulty. */
    Entry get(String qid) {
        String fault = faults.get(qid);
        if (fault != null) {
            throw new IllegalArgumentException(fault);
        }
        return entries.get(qid);
    }

    int size() {
        return entries.size();
    }

    private static String field(CSVRecord record, String name) {
        return record.isMapped(name) && record.isSet(name) ? record.get(name).strip() : "";
    }
}
