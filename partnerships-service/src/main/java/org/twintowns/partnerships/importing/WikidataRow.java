package org.twintowns.partnerships.importing;

import org.apache.commons.csv.CSVRecord;
import org.twintowns.partnerships.municipality.Countries;

/**
 * One row of the Wikidata twinning list: a German place, a place it is twinned with (P190), their
 * English labels, positions and populations, and the partner's country.
 */
record WikidataRow(int line, String origin, Double originLatitude, Double originLongitude, Integer originPopulation,
                   String partner, Double partnerLatitude, Double partnerLongitude, Integer partnerPopulation,
                   String partnerCountry) {

    static WikidataRow of(CSVRecord record, int line) {
        String origin = field(record, "origincityLabel");
        String partner = field(record, "sistercityLabel");
        if (origin.isEmpty() || partner.isEmpty()) {
            throw new IllegalArgumentException("a place name is missing");
        }
        if (!"Germany".equals(field(record, "origincountry"))) {
            throw new IllegalArgumentException("origin country '" + field(record, "origincountry") + "' is not Germany");
        }
        String countryLabel = field(record, "destination_countryLabel");
        String country = Countries.byEnglishName(countryLabel).orElseThrow(
                () -> new IllegalArgumentException("unknown partner country '" + countryLabel + "'"));
        return new WikidataRow(line, origin, degrees(record, "originlat", 90), degrees(record, "originlong", 180),
                count(record, "originpopulation"), partner, degrees(record, "destinationlat", 90),
                degrees(record, "destinationlong", 180), count(record, "destinationpopulation"), country);
    }

    String key() {
        return origin + " – " + partner;
    }

    private static String field(CSVRecord record, String name) {
        return DestatisMunicipalityImporter.field(record, name);
    }

    private static Double degrees(CSVRecord record, String name, double limit) {
        String value = field(record, name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            double degrees = Double.parseDouble(value);
            if (Math.abs(degrees) > limit) {
                throw new IllegalArgumentException(name + " " + value + " is out of range");
            }
            return degrees;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + value + "' is not a number");
        }
    }

    private static Integer count(CSVRecord record, String name) {
        String value = field(record, name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            // Wikidata populations sometimes carry a fraction ("12345.0").
            long count = Math.round(Double.parseDouble(value));
            return count < 0 || count > 100_000_000 ? null : (int) count;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + value + "' is not a number");
        }
    }
}
