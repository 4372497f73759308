package org.twintowns.commons.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

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
        Operations.forEach(openAPI, operation -> {
            if (operation.getRequestBody() != null) {
                SecurityResponsesFilter.document(operation, "413", TOO_LARGE);
                SecurityResponsesFilter.document(operation, "415", UNSUPPORTED);
            }
        });
    }
}
