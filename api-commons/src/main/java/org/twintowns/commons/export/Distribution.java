package org.twintowns.commons.export;

/**
 * One file a dataset is exported as.
 *
 * @param path      the download path under the platform's public base URL
 * @param mediaType the IANA media type it is served with
 * @param format    the EU file type authority's name of the format (CSV, GEOJSON, JSON_LD), for {@code dct:format}
 */
public record Distribution(String path, String mediaType, String format) {

    public static final String CSV = "text/csv";
    public static final String GEO_JSON = "application/geo+json";
    public static final String JSON_LD = "application/ld+json";
    /** CSV on the Web metadata (W3C), the columns of a CSV export and its licence. */
    public static final String CSVW = "application/csvm+json";

    /** The EU publications office's file type URI of the format ({@code dct:format}). */
    public String formatUri() {
        return "http://publications.europa.eu/resource/authority/file-type/" + format;
    }
}
