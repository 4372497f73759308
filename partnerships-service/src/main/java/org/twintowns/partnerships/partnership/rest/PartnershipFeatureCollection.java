package org.twintowns.partnerships.partnership.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.partnerships.partnership.Partnership;

/**
 * Partnerships as an RFC 7946 GeoJSON FeatureCollection: each a line between its participants.
 * Positions are [longitude, latitude], in WGS 84 degrees rounded to the map's precision (5 decimals by default).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PartnershipFeatureCollection")
public record PartnershipFeatureCollection(
        @Schema(enumeration = "FeatureCollection") String type,
        @Schema(description = "At most partnerships.geojson.max-features (20000 by default, the figure stated "
                + "here); more matches are refused with 400", maxItems = 20_000)
        List<Feature> features) {

    public static PartnershipFeatureCollection of(List<Feature> features) {
        return new PartnershipFeatureCollection("FeatureCollection", features);
    }

    /** One partnership. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PartnershipFeature")
    public record Feature(
            @Schema(enumeration = "Feature") String type,
            @Schema(description = "The partnership id") UUID id,
            Geometry geometry,
            Properties properties) {

        public static Feature of(UUID id, Geometry geometry, Properties properties) {
            return new Feature("Feature", id, geometry, properties);
        }
    }

    /** A LineString between two participants, or a MultiLineString joining each of three or more to every other once. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PartnershipGeometry")
    public record Geometry(
            @Schema(enumeration = {"LineString", "MultiLineString"}) String type,
            // The schema is in META-INF/openapi.yaml: a oneOf of nested arrays.
            @Schema(ref = "PartnershipCoordinates")
            Object coordinates) {

        public static Geometry lineString(List<BigDecimal[]> positions) {
            return new Geometry("LineString", positions);
        }

        public static Geometry multiLineString(List<List<BigDecimal[]>> lines) {
            return new Geometry("MultiLineString", lines);
        }
    }

    /** What a map shows about a partnership; with properties=MINIMAL no establishedOn and no participants. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PartnershipFeatureProperties")
    public record Properties(
            UUID id,
            Partnership.Type type,
            Partnership.Status status,
            LocalDate establishedOn,
            @Schema(maxLength = 200) String title,
            @Schema(description = "All participants, also those without coordinates", maxItems = 20)
            List<Participant> participants) {
    }

    /** A participant by id and name, official and in the reader's language. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PartnershipFeatureParticipant")
    public record Participant(UUID municipalityId,
            @Schema(description = "Official name in the original language and script", maxLength = 200) String name,
            @Schema(description = "The name in the language of lang or Accept-Language, else the official name",
                    maxLength = 200) String displayName) {
    }
}
