package org.twintowns.commons.geo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters that shape a GeoJSON map ({@code @BeanParam}): the area, the detail and the precision. */
public class MapParams {

    /** Five decimals are about 1 m: a town's marker needs no more. */
    public static final int DEFAULT_PRECISION = 5;
    private static final String NUMBER = "-?[0-9]+(\\.[0-9]+)?";

    /** How much a feature tells besides where it is. */
    @Schema(name = "MapDetail")
    public enum Detail {
        /** Everything the map has always told. */
        FULL,
        /** What a marker needs: a label and a link. */
        MINIMAL
    }

    @QueryParam("bbox")
    @Size(max = 100)
    @Pattern(regexp = NUMBER + "," + NUMBER + "," + NUMBER + "," + NUMBER,
            message = "must be four numbers: minLon,minLat,maxLon,maxLat")
    @Parameter(description = "GeoJSON only: the features within this box, as RFC 7946 section 5 writes it: "
            + "minLon,minLat,maxLon,maxLat in WGS 84 degrees, edges included. A box across the antimeridian "
            + "(minLon > maxLon) is refused with 400; ask for its two halves", example = "5.87,47.27,15.04,55.06")
    public String bbox;

    @QueryParam("properties")
    @DefaultValue("FULL")
    @Parameter(description = "GeoJSON only: FULL (the default) or MINIMAL, the properties a marker needs and no more")
    public Detail properties = Detail.FULL;

    @QueryParam("precision")
    @DefaultValue("" + DEFAULT_PRECISION)
    @Min(0)
    @Max(7)
    @Parameter(description = "GeoJSON only: decimals of each coordinate (5, the default, is about 1 m; 7 about 1 cm), "
            + "rounded half up")
    public int precision = DEFAULT_PRECISION;

    /** The box asked for, or null for anywhere. */
    public BoundingBox box() {
        return bbox == null || bbox.isBlank() ? null : BoundingBox.parse(bbox, "bbox");
    }

    public boolean minimal() {
        return properties == Detail.MINIMAL;
    }
}
