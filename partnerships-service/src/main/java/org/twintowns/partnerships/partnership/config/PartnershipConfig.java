package org.twintowns.partnerships.partnership.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of partnerships-service ({@code partnerships.*}). */
@ConfigMapping(prefix = "partnerships")
public interface PartnershipConfig {

    /** The GeoJSON map of partnerships. */
    GeoJson geojson();

    /** The open data imports. */
    Imports imports();

    /** Limits of the GeoJSON representation, which is not paged. */
    interface GeoJson {

        /** The most partnerships one GeoJSON response may hold; more is refused with 400. */
        @WithDefault("20000")
        int maxFeatures();
    }

    /** Limits of the imports. */
    interface Imports {

        /** The largest data file an import accepts (the only routes that take more than 1 MiB). */
        @WithDefault("20M")
        MemorySize maxBodySize();

        /** How long a finished import job and its report are kept (docs/data-and-imports.md "Import jobs"). */
        @WithDefault("P7D")
        java.time.Duration retention();

        /** Jobs that may wait in line; one more is refused with 503 and Retry-After. */
        @WithDefault("5")
        int maxQueued();

        /** How long a running job may go without a sign of life before another worker takes it over. */
        @WithDefault("2M")
        java.time.Duration staleAfter();
    }
}
