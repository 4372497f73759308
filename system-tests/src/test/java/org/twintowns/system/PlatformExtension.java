package org.twintowns.system;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
        // Every answer of every request is held to the merged contract (once, for all classes).
        ContractValidation validation = contractValidation(context);
        if (!RestAssured.filters().contains(validation)) {
            RestAssured.filters(validation);
        }
    }

    private static ContractValidation contractValidation(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(ContractValidation.class, key -> {
                    Path root = Path.of(System.getProperty("tt.root", "..")).toAbsolutePath().normalize();
                    Path logs = Path.of(System.getProperty("tt.logs", "target/e2e-logs")).toAbsolutePath();
                    try {
                        return new ContractValidation(root.resolve("gateway/target/openapi/twintowns-openapi.json"),
                                logs.resolve("contract-operations.txt"));
                    } catch (IOException e) {
                        throw new UncheckedIOException("The merged contract cannot be read (build the gateway first)", e);
                    }
                }, ContractValidation.class);
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
