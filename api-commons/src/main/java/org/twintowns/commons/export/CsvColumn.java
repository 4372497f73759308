package org.twintowns.commons.export;

/**
 * One column of a CSV export: its header, what it holds and its datatype, said once for the file's
 * header row, its CSV on the Web metadata and the documentation.
 *
 * @param name        the header, snake_case
 * @param datatype    a CSVW / XML Schema datatype name ({@code string}, {@code integer}, {@code double},
 *                    {@code date}, {@code dateTime}, {@code boolean}, {@code anyURI})
 * @param separator   for a column of several values, what separates them ({@code null}: one value)
 */
public record CsvColumn(String name, String datatype, String description, String separator) {

    public static CsvColumn of(String name, String datatype, String description) {
        return new CsvColumn(name, datatype, description, null);
    }

    public static CsvColumn list(String name, String datatype, String separator, String description) {
        return new CsvColumn(name, datatype, description, separator);
    }

    /** True for numbers, written as they are (a minus sign there is no formula). */
    boolean numeric() {
        return datatype.equals("integer") || datatype.equals("double") || datatype.equals("decimal");
    }
}
