package org.twintowns.commons.export;

/**
 * The licences of the data the platform exports, each with the URI that DCAT-AP.de's licence vocabulary
 * gives it (what {@code dct:license} names in the catalogue) and the licence text a person reads; in the
 * order of what they ask of a re-user: nothing, attribution (CC BY, then dl-de/by with its own wording),
 * attribution and share-alike ({@link Dataset#licence}).
 */
public enum Licence {
    /** CC0 1.0: Wikidata. */
    CC0_1_0("CC0-1.0", "Creative Commons CC0 1.0 Universal",
            "http://dcat-ap.de/def/licenses/cc-zero", "https://creativecommons.org/publicdomain/zero/1.0/"),
    /** CC BY 4.0: what the platform's editors record themselves. */
    CC_BY_4_0("CC-BY-4.0", "Creative Commons Namensnennung – 4.0 International",
            "http://dcat-ap.de/def/licenses/cc-by/4.0", "https://creativecommons.org/licenses/by/4.0/"),
    /** Datenlizenz Deutschland – Namensnennung – Version 2.0: Destatis' municipality list. */
    DL_DE_BY_2_0("dl-de/by-2-0", "Datenlizenz Deutschland – Namensnennung – Version 2.0",
            "http://dcat-ap.de/def/licenses/dl-by-de/2.0", "https://www.govdata.de/dl-de/by-2-0"),
    /** CC BY-SA 4.0: lists taken from Wikipedia. */
    CC_BY_SA_4_0("CC-BY-SA-4.0", "Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen 4.0 International",
            "http://dcat-ap.de/def/licenses/cc-by-sa/4.0", "https://creativecommons.org/licenses/by-sa/4.0/");

    /** The SPDX identifier (dl-de/by-2-0 has none there; it is the identifier GovData uses). */
    public final String id;
    public final String title;
    /** The DCAT-AP.de licence URI, for {@code dct:license}. */
    public final String uri;
    /** The licence text on the web, for a {@code Link: rel="license"} and schema.org {@code license}. */
    public final String url;

    Licence(String id, String title, String uri, String url) {
        this.id = id;
        this.title = title;
        this.uri = uri;
        this.url = url;
    }
}
