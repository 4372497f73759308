package org.twintowns.commons.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

/** Every operation that takes an Idempotency-Key documents 422 (key reused) and 409 (first still running). */
class IdempotencyResponsesFilterTest {

    private final Operation create = OASFactory.createOperation()
            .addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER))
            .responses(OASFactory.createAPIResponses()
                    .addAPIResponse("201", OASFactory.createAPIResponse().description("Created"))
                    .addAPIResponse("409", OASFactory.createAPIResponse().description("Slug already taken")));
    private final Operation update = OASFactory.createOperation()
            .addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER))
            .responses(OASFactory.createAPIResponses()
                    .addAPIResponse("200", OASFactory.createAPIResponse().description("Changed")));
    private final OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
            .addPathItem("/records", OASFactory.createPathItem().POST(create))
            .addPathItem("/records/{id}", OASFactory.createPathItem().PUT(update)));

    @Test
    void shouldAddTheReusedKeyAndWidenTheOperationsOwnConflict() {
        new IdempotencyResponsesFilter().filterOpenAPI(document);
        assertEquals(IdempotencyResponsesFilter.KEY, create.getParameters().get(0).getDescription());
        assertEquals(IdempotencyResponsesFilter.REUSED, create.getResponses().getAPIResponse("422").getDescription());
        assertEquals("Slug already taken" + IdempotencyResponsesFilter.ALSO_IN_PROGRESS,
                create.getResponses().getAPIResponse("409").getDescription());
    }

    @Test
    void shouldWidenOnlyOnce() {
        new IdempotencyResponsesFilter().filterOpenAPI(document);
        new IdempotencyResponsesFilter().filterOpenAPI(document);
        assertEquals("Slug already taken" + IdempotencyResponsesFilter.ALSO_IN_PROGRESS,
                create.getResponses().getAPIResponse("409").getDescription());
    }

    @Test
    void shouldLeaveOperationsWithoutAKeyAlone() {
        new IdempotencyResponsesFilter().filterOpenAPI(document);
        assertNull(update.getResponses().getAPIResponse("422"));
        assertNull(update.getResponses().getAPIResponse("409"));
    }
}
