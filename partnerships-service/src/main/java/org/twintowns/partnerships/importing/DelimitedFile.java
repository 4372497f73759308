package org.twintowns.partnerships.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.text.StorableText;

/**
 * An uploaded CSV or TSV file read completely before anything is imported, so that a file that
 * is not well-formed (an empty or repeated column name, an unclosed quote) or holds text that
 * cannot be stored (NUL) is refused as a whole with a 400 naming the line, and changes nothing.
 */
public final class DelimitedFile {

    private DelimitedFile() {
    }

    /**
     * The records of the file, each cell checked; {@code kind} names the file in problems ("a Destatis
     * Gemeindeverzeichnis CSV"). A record with more cells than the header has columns is kept (its named
     * columns are read) and noted in the report: its extra cells are data the import does not read.
     */
    public static List<CSVRecord> read(Reader reader, CSVFormat format, List<String> requiredColumns, String kind,
            ImportReport.Builder report) throws IOException {
        return read(reader, format, requiredColumns, kind, report, "body");
    }

    /** As {@link #read(Reader, CSVFormat, List, String, ImportReport.Builder)}, for a file that problems call {@code field}. */
    public static List<CSVRecord> read(Reader reader, CSVFormat format, List<String> requiredColumns, String kind,
            ImportReport.Builder report, String field) throws IOException {
        CSVParser parser;
        try {
            // A repeated name would leave it to chance which of the columns is read.
            parser = format.builder().setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get().parse(reader);
        } catch (IllegalArgumentException | UncheckedIOException | IOException header) {
            // Commons CSV refuses an empty or repeated column name, or a header line it cannot split.
            throw malformed(field, "its header line has an empty or repeated column name, or is not well-formed");
        }
        Map<String, Integer> header = parser.getHeaderMap();
        header.keySet().stream().filter(name -> !StorableText.isStorable(name)).findFirst()
                .ifPresent(name -> {
                    throw unstorable(field, 1);
                });
        List<String> missing = requiredColumns.stream().filter(c -> !header.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.invalidField(field, "is not " + kind + ": columns " + missing + " are missing");
        }
        List<CSVRecord> records = new ArrayList<>();
        try {
            for (CSVRecord record : parser) {
                for (String cell : record) {
                    if (!StorableText.isStorable(cell)) {
                        // The header is line 1; the importers number a record's line the same way.
                        throw unstorable(field, record.getRecordNumber() + 1);
                    }
                }
                if (record.size() > header.size()) {
                    report.note((int) record.getRecordNumber() + 1, "the row has " + record.size()
                            + " columns, the header " + header.size() + "; the surplus ones were not read");
                }
                records.add(record);
            }
        } catch (UncheckedIOException | IllegalStateException broken) {
            // An unclosed quote runs to the end of the file; a stray quote breaks a field.
            throw malformed(field, "it is not well-formed after line " + parser.getCurrentLineNumber()
                    + " (an unclosed or stray quote?)");
        }
        return records;
    }

    private static ProblemException malformed(String field, String why) {
        return ProblemException.invalidField(field, "could not be read: " + why + "; nothing was imported");
    }

    private static ProblemException unstorable(String field, long line) {
        return ProblemException.invalidField(field, "line " + line + " " + StorableText.REFUSAL
                + "; nothing was imported");
    }
}
