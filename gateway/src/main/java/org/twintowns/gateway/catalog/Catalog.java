package org.twintowns.gateway.catalog;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.List;
import org.twintowns.commons.export.Dataset;
import org.twintowns.commons.export.Datasets;
import org.twintowns.commons.export.Distribution;
import org.twintowns.commons.export.Source;

/**
 * The platform's open data as a DCAT-AP.de catalogue (the DCAT-AP profile of GovData and the German
 * open data portals, version 2): every dataset the services export ({@link Datasets}, the definitions
 * they write the files from), each file as a distribution with its download URL under the platform's
 * public address, media type, format, licence ({@code dct:license} from DCAT-AP.de's licence vocabulary)
 * and the attribution the licences ask for ({@code dcatde:licenseAttributionByText}).
 */
final class Catalog {

    static final String MEDIA_TYPE = "application/ld+json";
    static final String PATH = "/api/v1/catalog";

    private static final JsonObject CONTEXT = new JsonObject()
            .put("dcat", "http://www.w3.org/ns/dcat#")
            .put("dct", "http://purl.org/dc/terms/")
            .put("dcatde", "http://dcat-ap.de/def/dcatde/")
            .put("foaf", "http://xmlns.com/foaf/0.1/")
            .put("vcard", "http://www.w3.org/2006/vcard/ns#")
            .put("xsd", "http://www.w3.org/2001/XMLSchema#");
    private static final String EU = "http://publications.europa.eu/resource/authority/";

    private Catalog() {
    }

    static JsonObject of(URI base) {
        JsonObject publisher = publisher(base);
        JsonArray datasets = new JsonArray();
        Datasets.ALL.forEach(d -> datasets.add(dataset(d, base, publisher)));
        return new JsonObject()
                .put("@context", CONTEXT)
                .put("@id", base.resolve(PATH.substring(1)).toString())
                .put("@type", "dcat:Catalog")
                .put("dct:title", List.of(text("TwinTowns – offene Daten der kommunalen Partnerschaften", "de"),
                        text("TwinTowns – open data on municipal partnerships", "en")))
                .put("dct:description", text("Das Register der Städtepartnerschaften, ihre Veranstaltungen und "
                        + "Pressemitteilungen als Gesamtexporte (CSV, GeoJSON, JSON-LD).", "de"))
                .put("dct:publisher", publisher)
                .put("dct:language", new JsonArray().add(id(EU + "language/DEU")).add(id(EU + "language/ENG")))
                .put("foaf:homepage", id(base.toString()))
                .put("dcat:dataset", datasets);
    }

    private static JsonObject dataset(Dataset d, URI base, JsonObject publisher) {
        JsonArray distributions = new JsonArray();
        for (Distribution file : d.distributions()) {
            String url = base.resolve(file.path().substring(1)).toString();
            JsonObject distribution = new JsonObject()
                    .put("@id", url)
                    .put("@type", "dcat:Distribution")
                    .put("dct:title", file.path().substring(file.path().lastIndexOf('/') + 1))
                    .put("dcat:accessURL", id(url))
                    .put("dcat:downloadURL", id(url))
                    .put("dcat:mediaType", id("https://www.iana.org/assignments/media-types/" + file.mediaType()))
                    .put("dct:format", id(file.formatUri()))
                    .put("dct:license", id(d.licence().uri))
                    .put("dcatde:licenseAttributionByText", d.attribution());
            if (file.mediaType().equals(Distribution.CSV)) {
                distribution.put("dct:conformsTo", id(base.resolve(d.csvMetadataPath().substring(1)).toString()));
            }
            distributions.add(distribution);
        }
        JsonArray sources = new JsonArray();
        for (Source s : d.sources()) {
            sources.add(new JsonObject().put("@id", s.url()).put("dct:title", s.title())
                    .put("dct:license", id(s.licence().uri)).put("dcatde:licenseAttributionByText", s.attribution()));
        }
        return new JsonObject()
                .put("@id", base.resolve(PATH.substring(1)) + "#" + d.id())
                .put("@type", "dcat:Dataset")
                .put("dct:identifier", d.id())
                .put("dct:title", d.title())
                .put("dct:description", d.description())
                .put("dcat:keyword", new JsonArray(d.keywords()))
                .put("dcat:theme", new JsonArray().add(id(EU + "data-theme/GOVE")).add(id(EU + "data-theme/SOCI")))
                .put("dct:publisher", publisher)
                .put("dcat:contactPoint", new JsonObject().put("@type", "vcard:Organization")
                        .put("vcard:fn", "TwinTowns").put("vcard:hasURL", id(base.toString())))
                .put("dct:accessRights", id(EU + "access-right/PUBLIC"))
                .put("dcatde:licenseAttributionByText", d.attribution())
                .put("dct:source", sources)
                .put("dcat:distribution", distributions);
    }

    private static JsonObject publisher(URI base) {
        return new JsonObject().put("@id", base.toString()).put("@type", "foaf:Agent").put("foaf:name", "TwinTowns");
    }

    private static JsonObject id(String iri) {
        return new JsonObject().put("@id", iri);
    }

    private static JsonObject text(String value, String language) {
        return new JsonObject().put("@value", value).put("@language", language);
    }
}
