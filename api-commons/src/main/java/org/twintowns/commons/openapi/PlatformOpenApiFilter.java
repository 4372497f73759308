package org.twintowns.commons.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The one filter MicroProfile OpenAPI takes ({@code mp.openapi.filter}): the shared contract rules
 * of {@link SecurityResponsesFilter}, {@link BodyResponsesFilter}, {@link DatabaseResponsesFilter} and
 * {@link LimitsFilter}, applied to every service's document.
 */
public class PlatformOpenApiFilter implements OASFilter {

    private final SecurityResponsesFilter security = new SecurityResponsesFilter();
    private final BodyResponsesFilter bodies = new BodyResponsesFilter();
    private final DatabaseResponsesFilter database = new DatabaseResponsesFilter();
    private final LimitsFilter limits = new LimitsFilter();

    @Override
    public Schema filterSchema(Schema schema) {
        return limits.filterSchema(schema);
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        return limits.filterParameter(parameter);
    }

    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        return limits.filterAPIResponse(response);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        security.filterOpenAPI(openAPI);
        bodies.filterOpenAPI(openAPI);
        database.filterOpenAPI(openAPI);
    }
}
