package org.twintowns.partnerships.importing.twinning;

import org.apache.commons.csv.CSVFormat;

/**
 * How a list's cells are separated: as the mapping says, else as its header line shows (a tab,
 * else the more frequent of semicolon and comma; spreadsheets in German write semicolons). Tab-separated
 * files have no quotes (IANA's text/tab-separated-values); the others quote as RFC 4180 does.
 */
final class ListFormat {

    private ListFormat() {
    }

    static CSVFormat of(String text, Character delimiter) {
        char separator = delimiter != null ? delimiter : detect(text);
        if (separator == '\t') {
            return CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null)
                    .setIgnoreSurroundingSpaces(false).get();
        }
        return CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true).get();
    }

    private static char detect(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        if (header.indexOf('\t') >= 0) {
            return '\t';
        }
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
