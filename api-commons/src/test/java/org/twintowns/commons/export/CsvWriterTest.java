package org.twintowns.commons.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** What CsvWriter writes, read back with Apache Commons CSV (a reader that shares no code with it). */
class CsvWriterTest {

    private static final List<CsvColumn> COLUMNS = List.of(CsvColumn.of("name", "string", "a name"),
            CsvColumn.of("longitude", "double", "degrees"),
            CsvColumn.list("topics", "string", " | ", "topics"));

    @Test
    void shouldWriteUtf8WithBomCrlfAndQuoteOnlyWhereNeeded() throws IOException {
        byte[] bytes = write(new Object[][] {{"Jena", -11.5, List.of("youth", "culture")},
                {"Gießen, \"Stadt\"", null, List.of()}, {"Zeile\nzwei", 0, List.of("a,b")}});
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("name,longitude,topics\r\nJena,-11.5,youth | culture\r\n\"Gießen, \"\"Stadt\"\"\",,\r\n"
                + "\"Zeile\nzwei\",0,\"a,b\"\r\n", text);
        List<CSVRecord> rows = parse(text);
        assertEquals("Gießen, \"Stadt\"", rows.get(1).get("name"));
        assertEquals("Zeile\nzwei", rows.get(2).get("name"));
        assertEquals("-11.5", rows.get(0).get("longitude"));
    }

    @Test
    void shouldGuardTextCellsThatASpreadsheetWouldRunAsFormulas() throws IOException {
        String text = new String(write(new Object[][] {{"=HYPERLINK(\"http://x\")", -3, List.of("+1", "ok")},
                {"@SUM(A1)", null, List.of("-2")}, {"\tTab", null, List.of()}}), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = parse(text);
        assertEquals("'=HYPERLINK(\"http://x\")", rows.get(0).get("name"));
        assertEquals("-3", rows.get(0).get("longitude"));
        assertEquals("'+1 | ok", rows.get(0).get("topics"));
        assertEquals("'@SUM(A1)", rows.get(1).get("name"));
        assertEquals("'-2", rows.get(1).get("topics"));
        assertEquals("'\tTab", rows.get(2).get("name"));
        // A number-typed column given text is text: it is guarded too.
        assertEquals("\"'-1+2\"", CsvWriter.field("-1+2"));
    }

    @Test
    void shouldRefuseARowWithTheWrongNumberOfCells() throws IOException {
        CsvWriter csv = new CsvWriter(new ByteArrayOutputStream(), COLUMNS);
        csv.cell("a").cell(1);
        assertThrows(IllegalStateException.class, csv::endRow);
        csv.cell(null);
        assertThrows(IllegalStateException.class, () -> csv.cell("one too many"));
    }

    private static byte[] write(Object[][] rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(out, COLUMNS)) {
            for (Object[] row : rows) {
                csv.cell(row[0]).cell(row[1]).cells((List<?>) row[2]).endRow();
            }
        }
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        if (text.charAt(0) == CsvWriter.BOM) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }
}
