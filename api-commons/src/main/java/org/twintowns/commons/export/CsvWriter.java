package org.twintowns.commons.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * Writes an RFC 4180 CSV file a row at a time, for spreadsheets as much as for programs: UTF-8 with
 * a byte order mark (without it Excel reads UTF-8 as Windows-1252 and shows "MÃ¼nchen"), CRLF line
 * ends, a header row, and a field quoted when it holds a comma, a quote, CR or LF (quotes doubled).
 *
 * <p>Formula injection (OWASP "CSV Injection"): a text cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or CR would run as a formula when the file is opened in a spreadsheet,
 * so such a cell gets a leading apostrophe ({@code '=1+2}), which spreadsheets show as text; the
 * cell is then also quoted. Numeric columns are written as they are: a negative longitude is a
 * number, not a formula. A program reading the file sees the apostrophe, which the documentation
 * says. A date-time with an offset is written in full ({@code 2026-05-01T10:00:00Z}, seconds included, as
 * XML Schema's dateTime wants).
 */
public final class CsvWriter implements AutoCloseable {

    static final char BOM = '\uFEFF';

    private final Writer out;
    private final List<CsvColumn> columns;
    private int column;

    /** Starts the file: the byte order mark and the header row. */
    public CsvWriter(OutputStream out, List<CsvColumn> columns) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        this.columns = List.copyOf(columns);
        this.out.write(BOM);
        for (CsvColumn c : columns) {
            cell(c.name());
        }
        endRow();
    }

    /** The next cell of the row, as its column's type says; {@code null} is an empty cell. */
    public CsvWriter cell(Object value) throws IOException {
        if (column >= columns.size()) {
            throw new IllegalStateException("A row of " + columns.size() + " cells has no cell " + (column + 1));
        }
        boolean numeric = columns.get(column).numeric();
        if (column++ > 0) {
            out.write(',');
        }
        if (value != null) {
            String text = value instanceof TemporalAccessor time && time.isSupported(ChronoField.OFFSET_SECONDS)
                    ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time) : value.toString();
            out.write(numeric && value instanceof Number ? text : field(text));
        }
        return this;
    }

    /** Several values in one cell, joined with the column's separator. */
    public CsvWriter cells(Iterable<?> values) throws IOException {
        String separator = columns.get(column).separator();
        StringBuilder joined = new StringBuilder();
        for (Object value : values) {
            if (!joined.isEmpty()) {
                joined.append(separator);
            }
            joined.append(value);
        }
        return cell(joined.isEmpty() ? null : joined.toString());
    }

    /** Ends a row; it must have a cell for every column. */
    public void endRow() throws IOException {
        if (column != columns.size()) {
            throw new IllegalStateException("A row has " + column + " cells of " + columns.size());
        }
        out.write("\r\n");
        column = 0;
    }

    /** The text of one field as it goes into the file: guarded against formulas and quoted where needed. */
    static String field(String text) {
        String guarded = startsFormula(text) ? "'" + text : text;
        boolean quote = guarded != text;
        for (int i = 0; i < guarded.length() && !quote; i++) {
            char c = guarded.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + guarded.replace("\"", "\"\"") + '"' : guarded;
    }

    private static boolean startsFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Sends what is written so far on (the rows of a batch), without closing. */
    public void flush() throws IOException {
        out.flush();
    }
}
