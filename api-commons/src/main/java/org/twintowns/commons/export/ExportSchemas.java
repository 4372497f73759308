package org.twintowns.commons.export;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of the exports for the OpenAPI documents (never instantiated: the exports are streamed
 * member by member, {@link JsonExports}). The records themselves are described in docs/open-data.md,
 * and a CSV export's columns in its CSV on the Web metadata.
 */
public final class ExportSchemas {

    private ExportSchemas() {
    }

    /** A GeoJSON export. */
    @Schema(name = "ExportFeatureCollection", description = "An RFC 7946 FeatureCollection with the licences "
            + "and sources of the dataset as foreign members")
    public record FeatureCollection(
            @Schema(enumeration = "FeatureCollection") String type,
            @Schema(description = "The dataset", maxLength = 60) String name,
            @Schema(maxLength = 200) String title,
            @Schema(description = "The licence of every source", maxItems = 10) List<LicenceUrl> license,
            @Schema(description = "What the licences ask a re-user to credit", maxLength = 2000) String attribution,
            @Schema(maxItems = 10) List<ExportSource> sources,
            @Schema(description = "A feature per record") List<Feature> features) {
    }

    /** The URL of a licence's text. */
    @Schema(name = "LicenceUrl", type = SchemaType.STRING, maxLength = 200, format = "uri")
    public static final class LicenceUrl {
        private LicenceUrl() {
        }
    }

    /** A source of an export, with its licence. */
    @Schema(name = "ExportSource")
    public record ExportSource(
            @Schema(maxLength = 30) String id,
            @Schema(maxLength = 200) String title,
            @Schema(maxLength = 200, format = "uri") String license,
            @Schema(maxLength = 30) String licenseId,
            @Schema(maxLength = 500) String attribution,
            @Schema(maxLength = 200, format = "uri") String url) {
    }

    /** One record of a GeoJSON export. */
    @Schema(name = "ExportFeature")
    public record Feature(
            @Schema(enumeration = "Feature") String type,
            @Schema(description = "The record's id", format = "uuid", maxLength = 36) String id,
            @Schema(description = "A Point, LineString or MultiLineString; null where the record has no position",
                    type = SchemaType.OBJECT, nullable = true) Map<String, Object> geometry,
            @Schema(description = "The record's fields (docs/open-data.md)", type = SchemaType.OBJECT)
            Map<String, Object> properties) {
    }

    /** A JSON-LD export. */
    @Schema(name = "ExportJsonLd", description = "A JSON-LD document: schema.org nodes in @graph, the first the "
            + "Dataset with its licences and sources")
    public record JsonLd(
            @Schema(name = "@context", enumeration = JsonExports.SCHEMA_ORG) String context,
            @Schema(name = "@graph", description = "The Dataset node, then a node per record") List<Map<String, Object>> graph) {
    }

    /** One resource as JSON-LD. */
    @Schema(name = "JsonLdNode", description = "A schema.org node with its @context, to embed in a web page",
            type = SchemaType.OBJECT, requiredProperties = {"@context", "@type"})
    public static final class JsonLdNode {
        private JsonLdNode() {
        }
    }

    /** The CSV on the Web metadata of a CSV export. */
    @Schema(name = "CsvMetadata", description = "W3C CSV on the Web metadata (https://www.w3.org/TR/tabular-metadata/)",
            type = SchemaType.OBJECT, requiredProperties = {"@context", "url", "tableSchema"})
    public static final class CsvMetadataDocument {
        private CsvMetadataDocument() {
        }
    }
}
