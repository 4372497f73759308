package org.twintowns.partnerships.importing;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.twintowns.partnerships.municipality.Municipality;

/**
 * One municipality row (record type 60) of the Destatis Gemeindeverzeichnis: the AGS put
 * together from its parts, the name without its designation ("Flensburg, Stadt" is Flensburg,
 * a city), population and position with their German number formats undone.
 */
record DestatisRow(int line, String ags, String name, Municipality.Kind kind, String subdivision,
                   Integer population, Double latitude, Double longitude, boolean unincorporated) {

    /** Land key (first two AGS digits) to ISO 3166-2. */
    private static final Map<String, String> STATES = Map.ofEntries(
            Map.entry("01", "DE-SH"), Map.entry("02", "DE-HH"), Map.entry("03", "DE-NI"), Map.entry("04", "DE-HB"),
            Map.entry("05", "DE-NW"), Map.entry("06", "DE-HE"), Map.entry("07", "DE-RP"), Map.entry("08", "DE-BW"),
            Map.entry("09", "DE-BY"), Map.entry("10", "DE-SL"), Map.entry("11", "DE-BE"), Map.entry("12", "DE-BB"),
            Map.entry("13", "DE-MV"), Map.entry("14", "DE-SN"), Map.entry("15", "DE-ST"), Map.entry("16", "DE-TH"));
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** Designations that make a municipality a town or city: Stadt, St, GKSt, Hansestadt, Kreisstadt, ... */
    private static final Pattern TOWN = Pattern.compile("(?i).*(stadt|^st$|^gkst$).*");

    static DestatisRow of(CSVRecord record, int line) {
        String land = DestatisMunicipalityImporter.field(record, "land");
        String ags = land + DestatisMunicipalityImporter.field(record, "rb")
                + DestatisMunicipalityImporter.field(record, "kreis")
                + DestatisMunicipalityImporter.field(record, "gemeinde");
        if (ags.length() != 8 || !DIGITS.matcher(ags).matches() || !STATES.containsKey(land)) {
            throw new IllegalArgumentException("no valid AGS (got '" + ags + "')");
        }
        String full = DestatisMunicipalityImporter.field(record, "gemeindename");
        if (full.isEmpty()) {
            throw new IllegalArgumentException("no name");
        }
        int comma = full.indexOf(',');
        String name = (comma < 0 ? full : full.substring(0, comma)).strip();
        String designation = comma < 0 ? "" : full.substring(comma + 1).strip();
        String marker = DestatisMunicipalityImporter.field(record, "textkennzeichen");
        // 61 kreisfreie Stadt, 63 Stadt; 65/66 unincorporated areas.
        boolean town = "61".equals(marker) || "63".equals(marker) || TOWN.matcher(designation).matches();
        boolean unincorporated = "65".equals(marker) || "66".equals(marker);
        Double longitude = decimal(DestatisMunicipalityImporter.field(record, "laengengrad"), "laengengrad");
        Double latitude = decimal(DestatisMunicipalityImporter.field(record, "breitengrad"), "breitengrad");
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("only one coordinate given");
        }
        return new DestatisRow(line, ags, name, town ? Municipality.Kind.CITY : Municipality.Kind.MUNICIPALITY,
                STATES.get(land), count(DestatisMunicipalityImporter.field(record, "bevoelkerung")),
                latitude, longitude, unincorporated);
    }

    boolean hasCoordinates() {
        return latitude != null;
    }

    /** True when the row's facts differ from what the municipality says. */
    boolean differsFrom(Municipality m, short populationYear) {
        Short year = population == null ? null : populationYear;
        return !Objects.equals(m.name, name) || m.kind != kind || !Objects.equals(m.subdivision, subdivision)
                || !Objects.equals(m.population, population) || !Objects.equals(m.populationYear, year)
                || !Objects.equals(m.latitude, latitude) || !Objects.equals(m.longitude, longitude);
    }

    /** Writes the row's facts onto the municipality; true when anything changed. */
    boolean applyTo(Municipality m, short populationYear) {
        Short year = population == null ? null : populationYear;
        boolean changed = differsFrom(m, populationYear);
        m.name = name;
        m.kind = kind;
        m.subdivision = subdivision;
        m.population = population;
        m.populationYear = year;
        m.latitude = latitude;
        m.longitude = longitude;
        return changed;
    }

    /** "90 164" is 90164; an empty field is unknown. */
    private static Integer count(String value) {
        String digits = value.replace(" ", "").replace("\u00a0", "");
        if (digits.isEmpty()) {
            return null;
        }
        if (!DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("population '" + value + "' is not a number");
        }
        return Integer.valueOf(digits);
    }

    /** "9,43751" is 9.43751. */
    private static Double decimal(String value, String field) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " '" + value + "' is not a number");
        }
    }
}
