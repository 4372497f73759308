package org.twintowns.commons.openapi;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A service's {@code /q/openapi} as built: its committed contract ({@code contracts/<service>.yaml}, copied
 * into the application with the JSON form openapi-merge's {@code ServiceContract} writes from it). The
 * services' tests hold that contract to what the code declares, byte for byte ({@code ContractDriftCheck}),
 * so serving it is serving what the code declares, without Quarkus's OpenAPI extension preparing its own
 * copy of the document at every start (a tenth of a service's start thread, bench/startup.sh).
 *
 * <p>The extension is a test dependency of each service: where it is on the class path (the tests) it
 * generates the document from the code and serves it, and these routes stand aside. The gateway, which has
 * no such resource, serves its merged document itself.
 */
@ApplicationScoped
public class ServiceContractRoutes {

    /** Where the service's build puts its contract. */
    public static final String YAML = "META-INF/twintowns/openapi.yaml";
    public static final String JSON = "META-INF/twintowns/openapi.json";
    /** A class of Quarkus's OpenAPI extension, present only where the extension serves the document. */
    static final String EXTENSION = "io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService";

    private final ContractDocument document = new ContractDocument(YAML, JSON);

    void mount(@Observes Router router) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader.getResource(YAML) == null || present(EXTENSION, loader)) {
            return;
        }
        for (String path : ContractDocument.PATHS) {
            router.route(path).handler(document::handle);
        }
    }

    private static boolean present(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
