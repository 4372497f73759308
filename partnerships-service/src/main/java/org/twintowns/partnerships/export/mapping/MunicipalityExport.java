package org.twintowns.partnerships.export.mapping;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.twintowns.commons.export.CsvColumn;
import org.twintowns.commons.export.CsvWriter;
import org.twintowns.commons.export.Node;
import org.twintowns.commons.export.Source;
import org.twintowns.partnerships.export.repository.RegistryRows.MunicipalityRow;
import org.twintowns.partnerships.export.repository.RegistryRows.OtherName;

/** A municipality as a CSV row, a GeoJSON feature and a schema.org node. */
public final class MunicipalityExport {

    public static final List<CsvColumn> COLUMNS = List.of(
            CsvColumn.of("id", "string", "The municipality's id (UUID) in the registry"),
            CsvColumn.of("slug", "string", "Its short name in URLs"),
            CsvColumn.of("name", "string", "Official name in the original language and script"),
            CsvColumn.of("kind", "string", "MUNICIPALITY, CITY, DISTRICT, REGION or OTHER"),
            CsvColumn.of("country", "string", "ISO 3166-1 alpha-2"),
            CsvColumn.of("subdivision", "string", "ISO 3166-2, such as DE-TH"),
            CsvColumn.of("official_code", "string", "The German AGS (8 digits) or another country's official code"),
            CsvColumn.of("wikidata_id", "string", "Its Wikidata item, such as Q3150"),
            CsvColumn.list("other_names", "string", " | ",
                    "Names in other languages and scripts, transliterations and former names, each as name [language]"),
            CsvColumn.of("population", "integer", "Inhabitants in population_year"),
            CsvColumn.of("population_year", "integer", "The year the population was counted"),
            CsvColumn.of("latitude", "double", "WGS 84 degrees"),
            CsvColumn.of("longitude", "double", "WGS 84 degrees"),
            CsvColumn.of("website", "anyURI", "The municipality's own website"),
            CsvColumn.of("updated_at", "dateTime", "When the record last changed"),
            CsvColumn.of("url", "anyURI", "The record in the registry's API"),
            CsvColumn.list("sources", "string", " ", "Where its facts come from: destatis, wikidata, twintowns"),
            CsvColumn.list("licences", "string", " ", "The licences of those sources: dl-de/by-2-0, CC0-1.0, CC-BY-4.0"));

    private MunicipalityExport() {
    }

    public static void csv(CsvWriter csv, MunicipalityRow m, URI base) throws IOException {
        List<Source> sources = RecordSources.of(m);
        csv.cell(m.id()).cell(m.slug()).cell(m.name()).cell(m.kind()).cell(m.country()).cell(m.subdivision())
                .cell(m.officialCode()).cell(m.wikidataId())
                .cells(m.otherNames().stream().map(n -> n.name() + " [" + n.language() + "]").toList())
                .cell(m.population()).cell(m.populationYear()).cell(m.latitude()).cell(m.longitude())
                .cell(m.website()).cell(m.updatedAt()).cell(url(base, m)).cells(RecordSources.ids(sources))
                .cells(RecordSources.licences(sources)).endRow();
    }

    /** An RFC 7946 feature; a municipality without coordinates has a null geometry (section 3.2). */
    public static Node feature(MunicipalityRow m, URI base) {
        List<Source> sources = RecordSources.of(m);
        Node feature = new Node().with("type", "Feature").with("id", m.id().toString());
        feature.put("geometry", m.latitude() == null ? null
                : Map.of("type", "Point", "coordinates", List.of(m.longitude(), m.latitude())));
        feature.put("properties", new Node().with("name", m.name()).with("slug", m.slug()).with("kind", m.kind())
                .with("country", m.country()).with("subdivision", m.subdivision())
                .with("officialCode", m.officialCode()).with("wikidataId", m.wikidataId())
                .with("population", m.population()).with("populationYear", m.populationYear())
                .with("website", m.website()).with("updatedAt", m.updatedAt()).with("url", url(base, m))
                .with("sources", RecordSources.ids(sources)).with("licenses", RecordSources.licenceUrls(sources)));
        return feature;
    }

    /**
     * A schema.org City (a municipality or city), AdministrativeArea (a district or region) or Place:
     * its names, Wikidata item as {@code sameAs}, coordinates, country and subdivision, AGS and population.
     */
    public static Node node(MunicipalityRow m, URI base) {
        List<Source> sources = RecordSources.of(m);
        List<Node> properties = new ArrayList<>();
        if (m.officialCode() != null) {
            properties.add(Node.typed("PropertyValue", null)
                    .with("propertyID", "DE".equals(m.country()) ? "AGS" : "officialCode").with("value", m.officialCode()));
        }
        if (m.population() != null) {
            properties.add(Node.typed("PropertyValue", null).with("propertyID", "population")
                    .with("value", m.population()).with("observationDate", String.valueOf(m.populationYear())));
        }
        return Node.typed(schemaType(m.kind()), url(base, m))
                .with("identifier", m.id().toString())
                .with("name", m.name())
                .with("alternateName", m.otherNames().stream().map(MunicipalityExport::languageString).toList())
                .with("sameAs", m.wikidataId() == null ? null : "https://www.wikidata.org/entity/" + m.wikidataId())
                .with("url", m.website())
                .with("geo", m.latitude() == null ? null : Node.typed("GeoCoordinates", null)
                        .with("latitude", m.latitude()).with("longitude", m.longitude()))
                .with("address", Node.typed("PostalAddress", null).with("addressCountry", m.country())
                        .with("addressRegion", m.subdivision()))
                .with("containedInPlace", Node.typed("Country", null).with("identifier", m.country()))
                .with("additionalProperty", properties)
                .with("isBasedOn", sources.stream().map(Source::url).toList())
                .with("license", RecordSources.licenceUrls(sources));
    }

    private static Map<String, String> languageString(OtherName name) {
        return Map.of("@value", name.name(), "@language", name.language());
    }

    static String schemaType(String kind) {
        return switch (kind) {
            case "MUNICIPALITY", "CITY" -> "City";
            case "DISTRICT", "REGION" -> "AdministrativeArea";
            default -> "Place";
        };
    }

    public static String url(URI base, MunicipalityRow m) {
        return base.resolve("api/v1/municipalities/" + m.id()).toString();
    }
}
