package org.twintowns.gateway.openapi;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.twintowns.commons.openapi.ContractDocument;
import org.twintowns.gateway.EdgeOrder;

/**
 * {@code /q/openapi}: the merged contract of the platform exactly as the build wrote it (openapi-merge,
 * {@code META-INF/openapi.yaml} and {@code .json}), which Swagger UI at {@code /q/swagger-ui} shows.
 *
 * <p>The gateway scans nothing and adds nothing to the document, so it has nothing to prepare: Quarkus's
 * OpenAPI extension, which read the document, built its model and wrote it out again as JSON and YAML at
 * every start, took 30 % of the gateway's start-up (bench/startup.sh, JFR). How the document is served
 * (formats, ETag, methods) is {@link ContractDocument}'s, as for the services.
 */
@ApplicationScoped
public class ContractRoutes {

    private final ContractDocument document = new ContractDocument(MergedContract.YAML, MergedContract.JSON);

    void mount(@Observes Router router) {
        for (String path : ContractDocument.PATHS) {
            router.route(path).order(EdgeOrder.CONTRACT).handler(document::handle);
        }
    }
}
