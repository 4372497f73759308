package org.twintowns.commons.geo;

import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** GeoJSON (RFC 7946) as every service answers it: its media type, and when a client asked for it. */
public final class GeoJson {

    /** RFC 7946 section 12. */
    public static final String MEDIA_TYPE = "application/geo+json";
    private static final MediaType GEO_JSON = MediaType.valueOf(MEDIA_TYPE);

    private GeoJson() {
    }

    /**
     * True when the client asked for GeoJSON rather than JSON, in the order of its Accept header: a
     * wildcard alone means JSON, so a client that sends none gets what it always got.
     */
    public static boolean isPreferred(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isCompatible(GEO_JSON) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
