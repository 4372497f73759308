package org.twintowns.partnerships.importing.twinning;

import java.time.LocalDate;
import org.apache.commons.csv.CSVRecord;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.partnership.Partnership;

/** One row of a twinning list, read through its mapping: two places and what the list says of their bond. */
record TwinningRow(int line, Side a, Side b, Partnership.Type type, TwinningValues.Start start, String sourceName,
                   String sourceUrl, LocalDate verified, Short populationYear) {

    /**
     * One side of a row as the list gives it. The name and country may be missing where a QID
     * names the place (a names file or the registry then knows them).
     */
    record Side(String label, String name, String country, Double latitude, Double longitude, String ags,
                String qid, Integer population, Municipality.Kind kind) {

        /** The side with what a names file says of its QID filled in where the list said nothing. */
        Side with(QidNames.Entry known) {
            boolean position = latitude == null && known.latitude() != null;
            return new Side(label, name.isEmpty() ? known.name() : name, country != null ? country : known.country(),
                    position ? known.latitude() : latitude, position ? known.longitude() : longitude, ags, qid,
                    population, kind);
        }

        boolean isGerman() {
            return "DE".equals(country);
        }

        /** How the report names the side: its name, else its QID. */
        String shown() {
            return name.isEmpty() ? qid : name;
        }
    }

    /** The row, or an {@link IllegalArgumentException} saying what is wrong with it. */
    static TwinningRow of(CSVRecord record, int line, TwinningMapping mapping) {
        Side a = side(record, mapping, "a", "origin");
        Side b = side(record, mapping, "b", "partner");
        String startValue = mapping.value(record, "start");
        String url = mapping.value(record, "source.url");
        String verified = mapping.value(record, "verified");
        String populationYear = mapping.value(record, "population.year");
        String sourceName = mapping.value(record, "source.name");
        if (sourceName.isEmpty()) {
            throw new IllegalArgumentException("source.name is empty");
        }
        return new TwinningRow(line, a, b, TwinningValues.type(mapping.value(record, "type")),
                startValue.isEmpty() ? null : TwinningValues.start(startValue, "start"),
                sourceName.length() > 200 ? sourceName.substring(0, 200) : sourceName,
                url.isEmpty() ? null : TwinningValues.url(url, "source.url"),
                verified.isEmpty() ? null : TwinningValues.start(verified, "verified").date(),
                populationYear.isEmpty() ? null : TwinningValues.year(populationYear, "population.year"));
    }

    /** The key of the report's row: "Jena – Erlangen". */
    String key() {
        return a.shown() + " – " + b.shown();
    }

    static String key(CSVRecord record, TwinningMapping mapping) {
        return shown(record, mapping, "a") + " – " + shown(record, mapping, "b");
    }

    /** The side's country as far as the row says it, for a row that fails: null when it says none. */
    static String country(CSVRecord record, TwinningMapping mapping, String side) {
        return CountryNames.code(mapping.value(record, side + ".country")).orElse(null);
    }

    private static String shown(CSVRecord record, TwinningMapping mapping, String side) {
        String name = mapping.value(record, side + ".name");
        return name.isEmpty() ? mapping.value(record, side + ".qid") : name;
    }

    private static Side side(CSVRecord record, TwinningMapping mapping, String side, String label) {
        String name = mapping.value(record, side + ".name");
        String qidValue = mapping.value(record, side + ".qid");
        String qid = qidValue.isEmpty() ? null : TwinningValues.qid(qidValue, side + ".qid");
        if (name.isEmpty() && qid == null) {
            throw new IllegalArgumentException("the " + label + " place has no name" + (mapping.has(side + ".qid")
                    ? " and no Wikidata id" : ""));
        }
        if (name.length() > 200) {
            throw new IllegalArgumentException("the " + label + " name is longer than 200 characters");
        }
        String countryValue = mapping.value(record, side + ".country");
        String country = countryValue.isEmpty() ? null : TwinningValues.country(countryValue, label);
        if (country == null && qid == null) {
            throw new IllegalArgumentException("the " + label + " place has no country");
        }
        Double latitude = TwinningValues.degrees(mapping.value(record, side + ".lat"), side + ".lat", 90);
        Double longitude = TwinningValues.degrees(mapping.value(record, side + ".lon"), side + ".lon", 180);
        if ((latitude == null) != (longitude == null)) {
            latitude = null;
            longitude = null;
        }
        String agsValue = mapping.value(record, side + ".ags");
        String kindValue = mapping.value(record, side + ".kind");
        return new Side(label, name, country, latitude, longitude,
                agsValue.isEmpty() ? null : TwinningValues.ags(agsValue, side + ".ags"), qid,
                TwinningValues.population(mapping.value(record, side + ".population"), side + ".population"),
                kindValue.isEmpty() ? null : TwinningValues.kind(kindValue));
    }
}
