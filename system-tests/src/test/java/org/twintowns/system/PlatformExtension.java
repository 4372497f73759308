package org.twintowns.system;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the platform once for all end-to-end test classes (kept in the root context's store,
 * which JUnit closes at the end of the run, passing or failing) and points REST Assured at the
 * gateway.
 */
public class PlatformExtension implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        Platform platform = platform(context);
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = platform.gatewayPort();
    }

    private static Platform platform(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Platform.class, key -> {
                    try {
                        return Platform.start();
                    } catch (Exception e) {
                        throw new IllegalStateException("The platform did not start", e);
                    }
                }, Platform.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Platform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return platform(context);
    }
}
