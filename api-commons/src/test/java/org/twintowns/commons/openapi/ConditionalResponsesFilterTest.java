package org.twintowns.commons.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

/** If-Match brings 412 and 428 into the contract, If-None-Match brings 304; an operation's own text stays. */
class ConditionalResponsesFilterTest {

    private final Operation read = OASFactory.createOperation()
            .addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER))
            .responses(OASFactory.createAPIResponses()
                    .addAPIResponse("200", OASFactory.createAPIResponse().description("The record")));
    private final Operation update = OASFactory.createOperation()
            .addParameter(OASFactory.createParameter().name("if-match").in(Parameter.In.HEADER))
            .responses(OASFactory.createAPIResponses()
                    .addAPIResponse("412", OASFactory.createAPIResponse().description("Changed meanwhile")));
    private final Operation create = OASFactory.createOperation()
            .responses(OASFactory.createAPIResponses()
                    .addAPIResponse("201", OASFactory.createAPIResponse().description("Created")));
    private final OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
            .addPathItem("/records", OASFactory.createPathItem().POST(create))
            .addPathItem("/records/{id}", OASFactory.createPathItem().GET(read).PUT(update)));

    @Test
    void shouldDocumentTheAnswersOfConditionalRequests() {
        new ConditionalResponsesFilter().filterOpenAPI(document);
        assertEquals(ConditionalResponsesFilter.NOT_MODIFIED, read.getResponses().getAPIResponse("304").getDescription());
        assertEquals(ConditionalResponsesFilter.MISSING, update.getResponses().getAPIResponse("428").getDescription());
        assertNull(read.getResponses().getAPIResponse("412"));
    }

    @Test
    void shouldKeepAnOperationsOwnDescriptionAndLeaveUnconditionalOnesAlone() {
        new ConditionalResponsesFilter().filterOpenAPI(document);
        assertEquals("Changed meanwhile", update.getResponses().getAPIResponse("412").getDescription());
        assertNull(create.getResponses().getAPIResponse("412"));
        assertNull(create.getResponses().getAPIResponse("304"));
    }
}
