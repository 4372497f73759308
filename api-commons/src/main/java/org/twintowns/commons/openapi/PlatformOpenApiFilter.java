package org.twintowns.commons.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The one filter MicroProfile OpenAPI takes ({@code mp.openapi.filter}): the shared contract rules
 * of {@link SecurityResponsesFilter}, {@link ParameterResponsesFilter}, {@link BodyResponsesFilter}, {@link IdempotencyResponsesFilter},
 * {@link ConditionalResponsesFilter}, {@link CachingHeadersFilter}, {@link DatabaseResponsesFilter}, {@link LimitsFilter}, {@link RequestExamplesFilter} and {@link JsonFirstFilter}, applied to
 * every service's document; {@link ProblemResponsesFilter} comes last, so that every refusal the
 * others add is a problem too.
 */
public class PlatformOpenApiFilter implements OASFilter {

    private final SecurityResponsesFilter security = new SecurityResponsesFilter();
    private final ParameterResponsesFilter parameters = new ParameterResponsesFilter();
    private final BodyResponsesFilter bodies = new BodyResponsesFilter();
    private final DatabaseResponsesFilter database = new DatabaseResponsesFilter();
    private final LimitsFilter limits = new LimitsFilter();
    private final IdempotencyResponsesFilter idempotency = new IdempotencyResponsesFilter();
    private final ConditionalResponsesFilter conditional = new ConditionalResponsesFilter();
    private final CachingHeadersFilter caching = new CachingHeadersFilter();
    private final RequestExamplesFilter examples = new RequestExamplesFilter();
    private final ProblemResponsesFilter problems = new ProblemResponsesFilter();
    private final JsonFirstFilter jsonFirst = new JsonFirstFilter();

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
        parameters.filterOpenAPI(openAPI);
        bodies.filterOpenAPI(openAPI);
        idempotency.filterOpenAPI(openAPI);
        conditional.filterOpenAPI(openAPI);
        caching.filterOpenAPI(openAPI);
        database.filterOpenAPI(openAPI);
        examples.filterOpenAPI(openAPI);
        problems.filterOpenAPI(openAPI);
        jsonFirst.filterOpenAPI(openAPI);
    }
}
