package org.twintowns.commons.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents on every operation the 400 that api-commons {@code ParameterCheck} gives: a query
 * parameter the operation does not take, or an id, date or date-time parameter that does not parse.
 * An operation that describes its own 400 keeps its description, with this added.
 */
public class ParameterResponsesFilter implements OASFilter {

    static final String DESCRIPTION = "A query parameter this operation does not take (the problem names it and "
            + "lists the accepted ones), or an id, date or date-time parameter that does not parse";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Operations.forEach(openAPI, operation -> {
            if (operation.getResponses() == null) {
                operation.setResponses(OASFactory.createAPIResponses());
            }
            APIResponses responses = operation.getResponses();
            APIResponse response = responses.getAPIResponse("400");
            if (response == null) {
                responses.addAPIResponse("400", OASFactory.createAPIResponse().description(DESCRIPTION));
            } else if (response.getRef() == null && !String.valueOf(response.getDescription()).contains(DESCRIPTION)) {
                String own = response.getDescription();
                response.setDescription(own == null || own.isBlank() ? DESCRIPTION : own + "; or: " + DESCRIPTION);
            }
        });
    }
}
