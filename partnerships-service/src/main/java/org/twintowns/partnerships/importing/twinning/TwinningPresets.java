package org.twintowns.partnerships.importing.twinning;

import java.util.Map;

/** The twinning lists the registry knows by name, so that a user need not spell out their mappings. */
final class TwinningPresets {

    /**
     * The Wikidata sister-city snapshot of 2017 (github.com/rogorido/sistercities): one TSV per
     * origin country with English labels, both sides' positions and populations, and the partner's
     * country by name. Reads {@code data/wikidata-sistercities-germany.tsv} and
     * {@code data/wikidata-sistercities-europe-2017.tsv} alike. Its list name is the one the
     * Wikidata import has always recorded, so listings from either file meet.
     */
    static final TwinningMapping WIKIDATA_2017 = new TwinningMapping("wikidata-twinnings",
            Map.of("a.name", "origincityLabel", "a.country", "origincountry", "a.lat", "originlat",
                    "a.lon", "originlong", "a.population", "originpopulation",
                    "b.name", "sistercityLabel", "b.country", "destination_countryLabel", "b.lat", "destinationlat",
                    "b.lon", "destinationlong", "b.population", "destinationpopulation"),
            Map.of("a.kind", "CITY", "type", "TWINNING",
                    "source.name", "Wikidata, P190 (twinned administrative body), 2017 snapshot",
                    "source.url", "https://github.com/rogorido/sistercities", "verified", "2017-07-28",
                    "population.year", "2017"),
            '\t', "en");

    /**
     * Pairs of Wikidata items, as a query for P190 ("twinned administrative body") answers them:
     * {@code SELECT ?item ?twin WHERE { ?item wdt:P190 ?twin }}, with the names of the items in a
     * names file.
     */
    static final TwinningMapping WIKIDATA_QIDS = new TwinningMapping("wikidata-p190",
            Map.of("a.qid", "item", "b.qid", "twin"),
            Map.of("type", "TWINNING", "source.name", "Wikidata, P190 (twinned administrative body)",
                    "source.url", "https://www.wikidata.org/wiki/Property:P190"),
            null, null);

    static final Map<String, TwinningMapping> ALL = Map.of("wikidata-2017", WIKIDATA_2017,
            "wikidata-qids", WIKIDATA_QIDS);

    private TwinningPresets() {
    }
}
