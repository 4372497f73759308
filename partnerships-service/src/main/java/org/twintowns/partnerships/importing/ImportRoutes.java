package org.twintowns.partnerships.importing;

import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.regex.Pattern;
import org.twintowns.commons.problem.LargeBodyRoute;
import org.twintowns.partnerships.partnership.config.PartnershipConfig;

/**
 * The imports are the routes of partnerships-service that take large bodies: whole data files (the
 * Destatis list is 1.8 MB), up to {@code partnerships.imports.max-body-size}. Every other route keeps
 * {@code twintowns.http.max-body-size} (api-commons RouteBodyLimits).
 */
@ApplicationScoped
public class ImportRoutes {

    @Produces
    LargeBodyRoute imports(PartnershipConfig config) {
        return new LargeBodyRoute(HttpMethod.POST, Pattern.compile("/api/v1/imports/[^/]+(/files)?/?"),
                config.imports().maxBodySize().asLongValue());
    }
}
