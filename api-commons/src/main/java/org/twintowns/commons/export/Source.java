package org.twintowns.commons.export;

/**
 * Where exported records come from, with the licence they are under and the attribution it asks
 * for. An export names every source it holds records of, and each record names its own.
 *
 * @param id          short and stable, the value of a record's {@code sources} ("destatis")
 * @param title       what the source is
 * @param attribution the text the licence asks a re-user to show ({@code dcatde:licenseAttributionByText})
 * @param url         where the source can be found
 */
public record Source(String id, String title, String attribution, Licence licence, String url) {

    /** Destatis' Gemeindeverzeichnis: German municipalities, their AGS, population and midpoints. */
    public static final Source DESTATIS = new Source("destatis",
            "Statistisches Bundesamt (Destatis), Gemeindeverzeichnis-Informationssystem GV-ISys",
            "© Statistisches Bundesamt (Destatis), Gemeindeverzeichnis", Licence.DL_DE_BY_2_0,
            "https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/_inhalt.html");

    /** Wikidata: ids of places and twinnings (P190). */
    public static final Source WIKIDATA = new Source("wikidata", "Wikidata",
            "Wikidata (CC0)", Licence.CC0_1_0, "https://www.wikidata.org/");

    /** Twinning lists taken from Wikipedia articles. */
    public static final Source WIKIPEDIA = new Source("wikipedia", "Wikipedia lists of twin towns",
            "Wikipedia contributors, licensed under CC BY-SA 4.0", Licence.CC_BY_SA_4_0, "https://www.wikipedia.org/");

    /** What the platform's editors recorded, from the municipalities' own press releases and lists. */
    public static final Source TWINTOWNS = new Source("twintowns", "TwinTowns registry editors",
            "TwinTowns", Licence.CC_BY_4_0, "https://twintowns.org/");
}
