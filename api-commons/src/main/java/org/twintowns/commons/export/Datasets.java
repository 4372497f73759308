package org.twintowns.commons.export;

import java.util.List;

/** The datasets the platform exports, and where (the services serve them, the gateway catalogues them). */
public final class Datasets {

    public static final String PREFIX = "/api/v1/exports/";

    public static final Dataset MUNICIPALITIES = new Dataset("municipalities",
            "Kommunen im Partnerschaftsregister / Municipalities of the twinning registry",
            "Every municipality, city, district and region of the TwinTowns registry (merged ones not): names, "
                    + "kind, country and subdivision, official code (AGS), Wikidata id, population, coordinates.",
            List.of("Kommunen", "Gemeinden", "Städtepartnerschaften", "municipalities"),
            List.of(Source.DESTATIS, Source.WIKIDATA, Source.TWINTOWNS),
            distributions("municipalities", true));

    public static final Dataset PARTNERSHIPS = new Dataset("partnerships",
            "Städtepartnerschaften / Municipal partnerships",
            "Every partnership between municipalities in the registry: type, status, founding date, "
                    + "participants, topics and the source of each record.",
            List.of("Städtepartnerschaften", "Partnerschaften", "twinning", "sister cities"),
            List.of(Source.WIKIDATA, Source.WIKIPEDIA, Source.TWINTOWNS),
            distributions("partnerships", true));

    public static final Dataset EVENTS = new Dataset("events",
            "Veranstaltungen kommunaler Partnerschaften / Events of municipal partnerships",
            "Conferences, summer schools, delegation visits and other events: dates with their time zone, "
                    + "status, attendance mode, venue or join URL, organizers and participating municipalities "
                    + "(no registrations).",
            List.of("Veranstaltungen", "Delegationsreisen", "events"),
            List.of(Source.TWINTOWNS),
            distributions("events", true));

    public static final Dataset NEWS = new Dataset("news",
            "Pressemitteilungen / Press releases",
            "Published press releases and news items of the municipalities (no drafts, nothing under embargo): "
                    + "headline, lead, language, publication date, the municipalities they are about.",
            List.of("Pressemitteilungen", "news", "press releases"),
            List.of(Source.TWINTOWNS),
            distributions("news", false));

    public static final List<Dataset> ALL = List.of(MUNICIPALITIES, PARTNERSHIPS, EVENTS, NEWS);

    private Datasets() {
    }

    private static List<Distribution> distributions(String id, boolean geo) {
        Distribution csv = new Distribution(PREFIX + id + ".csv", Distribution.CSV, "CSV");
        Distribution jsonLd = new Distribution(PREFIX + id + ".jsonld", Distribution.JSON_LD, "JSON_LD");
        return geo ? List.of(csv, new Distribution(PREFIX + id + ".geojson", Distribution.GEO_JSON, "GEOJSON"), jsonLd)
                : List.of(csv, jsonLd);
    }
}
