package org.twintowns.testing.arch;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which calls go to another service over the network. */
final class RemoteCalls {

    /** Interfaces of the project with one of these are REST clients (the server side uses classes). */
    private static final Set<String> CLIENT_ANNOTATIONS = Set.of(
            "Lorg/eclipse/microprofile/rest/client/inject/RegisterRestClient;", "Ljakarta/ws/rs/Path;");

    /** Library types whose every method is part of a remote call, by internal name prefix. */
    private static final Map<String, String> CLIENT_LIBRARIES = Map.of(
            "jakarta/ws/rs/client/", "JAX-RS client",
            "org/eclipse/microprofile/rest/client/RestClientBuilder", "REST client builder",
            "io/quarkus/rest/client/reactive/QuarkusRestClientBuilder", "REST client builder",
            "java/net/http/", "JDK HTTP client",
            "java/net/URL", "JDK URL connection",
            "java/net/Socket", "socket",
            "io/vertx/core/http/HttpClient", "Vert.x HTTP client",
            "io/vertx/ext/web/client/", "Vert.x web client",
            "io/vertx/mutiny/core/http/HttpClient", "Vert.x HTTP client",
            "io/vertx/mutiny/ext/web/client/", "Vert.x web client");

    private RemoteCalls() {
    }

    /** What kind of remote call the target is, or empty when it is none. */
    static Optional<String> describe(MethodId target, CallGraph graph) {
        String owner = target.owner();
        if (owner.equals("java/net/URL") && !Set.of("openConnection", "openStream").contains(target.name())) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> library : CLIENT_LIBRARIES.entrySet()) {
            if (owner.startsWith(library.getKey())) {
                return Optional.of(library.getValue());
            }
        }
        return graph.model(owner)
                .filter(c -> c.isInterface() && c.annotations().stream().anyMatch(CLIENT_ANNOTATIONS::contains))
                .map(c -> "REST client");
    }
}
