package org.twintowns.commons.openapi;

import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** The operations of a document, for the filters that document what many operations have in common. */
final class Operations {

    private Operations() {
    }

    /** Every operation of every path of the document. */
    static void forEach(OpenAPI openAPI, Consumer<Operation> action) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            item.getOperations().values().forEach(action);
        }
    }

    /** The operation's header parameter of this name (any case), if it takes one. */
    static Optional<Parameter> header(Operation operation, String name) {
        return operation.getParameters() == null ? Optional.empty() : operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))
                .findFirst();
    }
}
