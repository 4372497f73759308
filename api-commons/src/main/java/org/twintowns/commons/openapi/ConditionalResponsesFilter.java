package org.twintowns.commons.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.twintowns.commons.http.ETags;

/**
 * Documents the answers of conditional requests ({@link ETags}) the same way everywhere: an
 * operation that takes {@code If-Match} may answer 412 (another version) and 428 (none given); one
 * that takes {@code If-None-Match} may answer 304. An operation that describes one of these itself
 * keeps its own description.
 */
public class ConditionalResponsesFilter implements OASFilter {

    static final String STALE = "If-Match does not name the current version: the record changed since it was read "
            + "(type " + ETags.PRECONDITION_FAILED.uri() + ")";
    static final String MISSING = "If-Match is missing (type " + ETags.PRECONDITION_REQUIRED.uri() + ")";
    static final String NOT_MODIFIED = "If-None-Match names the current version; the answer has no body";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (takesHeader(operation, "If-Match")) {
                    document(operation, "412", STALE);
                    document(operation, "428", MISSING);
                }
                if (takesHeader(operation, "If-None-Match")) {
                    document(operation, "304", NOT_MODIFIED);
                }
            }
        }
    }

    private static boolean takesHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static void document(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (operation.getResponses().getAPIResponse(status) == null) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }
}
