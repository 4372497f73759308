package org.twintowns.commons.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.twintowns.commons.problem.Problem;

/**
 * Gives every refusal (4xx) and failure (5xx) an operation documents without a body the body every
 * such answer has on the platform: RFC 9457 problem details. A resource then states a refusal in one
 * line, {@code @APIResponse(responseCode = "409", description = "Slug already taken")}, and the
 * problem schema is declared here once instead of on every response.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String MEDIA_TYPE = Problem.MEDIA_TYPE;
    static final String SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (!hasProblemSchema(openAPI)) {
            return;
        }
        Operations.forEach(openAPI, operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().forEach(ProblemResponsesFilter::describe);
            }
        });
    }

    /** True when the document declares the problem schema (it does when api-commons' Problem is on the index). */
    static boolean hasProblemSchema(OpenAPI openAPI) {
        return openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().containsKey(SCHEMA);
    }

    /** The body of a refusal: problem details, as {@code application/problem+json}. */
    static Content content() {
        return OASFactory.createContent().addMediaType(MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/" + SCHEMA)));
    }

    private static void describe(String status, APIResponse response) {
        if (isRefusal(status) && response.getRef() == null && hasNoContent(response)) {
            response.setContent(content());
        }
    }

    /** 4xx and 5xx, also as the ranges {@code 4XX} and {@code 5XX}. */
    static boolean isRefusal(String status) {
        return status != null && !status.isEmpty() && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    private static boolean hasNoContent(APIResponse response) {
        return response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty();
    }
}
