package org.twintowns.commons.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
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
        Operations.forEach(openAPI, operation -> {
            if (Operations.header(operation, "If-Match").isPresent()) {
                SecurityResponsesFilter.document(operation, "412", STALE);
                SecurityResponsesFilter.document(operation, "428", MISSING);
            }
            if (Operations.header(operation, "If-None-Match").isPresent()) {
                SecurityResponsesFilter.document(operation, "304", NOT_MODIFIED);
            }
        });
    }
}
