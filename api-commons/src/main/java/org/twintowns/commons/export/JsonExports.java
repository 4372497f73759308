package org.twintowns.commons.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The frame of the streamed JSON exports, written on Jackson's {@link JsonGenerator} so that the
 * records go out as they are read: a JSON-LD document of schema.org nodes, or an RFC 7946
 * FeatureCollection. Both begin with the dataset's licences and the attribution of every source, so
 * that whoever has the file has its terms.
 *
 * <p>JSON-LD uses {@code "@context": "https://schema.org"}, the form schema.org and the search engines
 * document and accept, not an inline context of our own: a page that embeds an event as we serve it
 * is understood as it stands. A JSON-LD processor without network access is given schema.org's
 * context by its document loader (the end-to-end test does).
 */
public final class JsonExports {

    public static final String SCHEMA_ORG = "https://schema.org";

    private JsonExports() {
    }

    /** A generator on {@code out} that writes what {@code json} would (dates as ISO 8601 text). */
    public static JsonGenerator open(ObjectMapper json, OutputStream out) throws IOException {
        return json.getFactory().createGenerator(out);
    }

    /** Opens a JSON-LD export: the context, and the dataset node first in {@code @graph}; then the records. */
    public static void startJsonLd(JsonGenerator g, Dataset dataset, URI base) throws IOException {
        g.writeStartObject();
        g.writeStringField("@context", SCHEMA_ORG);
        g.writeArrayFieldStart("@graph");
        g.writeObject(datasetNode(dataset, base, Distribution.JSON_LD));
    }

    /** Opens a GeoJSON export: the licences and sources as foreign members (RFC 7946 section 6.1), then features. */
    public static void startGeoJson(JsonGenerator g, Dataset dataset, URI base) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeStringField("name", dataset.id());
        g.writeStringField("title", dataset.title());
        g.writeObjectField("license", licenceUrls(dataset));
        g.writeStringField("attribution", dataset.attribution());
        g.writeObjectField("sources", dataset.sources().stream().map(JsonExports::sourceMember).toList());
        g.writeArrayFieldStart("features");
    }

    /** Ends what {@link #startJsonLd} or {@link #startGeoJson} began, and the stream. */
    public static void end(JsonGenerator g) throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.close();
    }

    /**
     * The schema.org Dataset node of an export: its licences ({@code license}), the attribution
     * ({@code creditText}) and each source as a Dataset it is based on, with its own licence.
     */
    public static Node datasetNode(Dataset dataset, URI base, String mediaType) {
        String url = base.resolve(dataset.path(mediaType)).toString();
        return Node.typed("Dataset", url)
                .with("name", dataset.title())
                .with("description", dataset.description())
                .with("url", url)
                .with("keywords", dataset.keywords())
                .with("license", licenceUrls(dataset))
                .with("creditText", dataset.attribution())
                .with("isBasedOn", dataset.sources().stream().map(s -> Node.typed("Dataset", s.url())
                        .with("identifier", s.id()).with("name", s.title()).with("license", s.licence().url)
                        .with("creditText", s.attribution())).toList());
    }

    /**
     * One node as a JSON-LD document of its own, the answer to {@code Accept: application/ld+json} on a single
     * resource: what a web page embeds in a {@code <script type="application/ld+json">}.
     */
    public static Node document(Node node) {
        Node document = new Node().with("@context", SCHEMA_ORG);
        document.putAll(node);
        return document;
    }

    /** The licence URLs of every source of the dataset, each once. */
    public static List<String> licenceUrls(Dataset dataset) {
        return dataset.sources().stream().map(s -> s.licence().url).distinct().toList();
    }

    private static Map<String, String> sourceMember(Source s) {
        return Map.of("id", s.id(), "title", s.title(), "license", s.licence().url, "licenseId", s.licence().id,
                "attribution", s.attribution(), "url", s.url());
    }
}
