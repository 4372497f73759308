package org.twintowns.partnerships.partnership.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the partnership registry ({@code partnerships.*}). */
@ConfigMapping(prefix = "partnerships")
public interface PartnershipConfig {

    /** The GeoJSON map of partnerships. */
    GeoJson geojson();

    /** Limits of the GeoJSON representation, which is not paged. */
    interface GeoJson {

        /** The most partnerships one GeoJSON response may hold; more is refused with 400. */
        @WithDefault("20000")
        int maxFeatures();
    }
}
