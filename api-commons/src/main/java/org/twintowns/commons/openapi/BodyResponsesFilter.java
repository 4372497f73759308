package org.twintowns.commons.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Documents the refusals of every operation that takes a body, the same way everywhere: 413 when
 * the body is larger than the service accepts (BodyLimitFilter, or a route's own limit) and 415
 * when its media type is not one the operation reads.
 */
public class BodyResponsesFilter implements OASFilter {

    static final String TOO_LARGE = "The body is larger than this operation accepts";
    static final String UNSUPPORTED = "The body's media type (Content-Type) is not one this operation accepts";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    SecurityResponsesFilter.document(operation, "413", TOO_LARGE);
                    SecurityResponsesFilter.document(operation, "415", UNSUPPORTED);
                }
            }
        }
    }
}
