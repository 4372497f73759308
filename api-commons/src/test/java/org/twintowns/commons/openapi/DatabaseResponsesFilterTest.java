package org.twintowns.commons.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

/** The 503 of a database that cannot be used: declared once, referred to by every operation of a service with one. */
class DatabaseResponsesFilterTest {

    private final Operation read = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
            .addAPIResponse("200", OASFactory.createAPIResponse().description("The record")));
    private final Operation write = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
            .addAPIResponse("503", OASFactory.createAPIResponse().description("Another service is unreachable")));
    private final OpenAPI document = OASFactory.createOpenAPI()
            .paths(OASFactory.createPaths()
                    .addPathItem("/records/{id}", OASFactory.createPathItem().GET(read))
                    .addPathItem("/records", OASFactory.createPathItem().POST(write)))
            .components(OASFactory.createComponents().addSchema("Problem", OASFactory.createSchema()));

    @Test
    void shouldDeclareTheResponseOnceAndReferToItFromEveryOperation() {
        new DatabaseResponsesFilter(true).filterOpenAPI(document);
        APIResponse shared = document.getComponents().getResponses().get(DatabaseResponsesFilter.COMPONENT);
        assertEquals(DatabaseResponsesFilter.DESCRIPTION, shared.getDescription());
        assertNotNull(shared.getHeaders().get("Retry-After"));
        assertNotNull(shared.getContent().getMediaType("application/problem+json"));
        assertEquals("#/components/responses/" + DatabaseResponsesFilter.COMPONENT,
                read.getResponses().getAPIResponse("503").getRef());
    }

    @Test
    void shouldWidenAnOperationsOwn503ToTheDatabase() {
        new DatabaseResponsesFilter(true).filterOpenAPI(document);
        APIResponse own = write.getResponses().getAPIResponse("503");
        assertNull(own.getRef());
        assertEquals("Another service is unreachable" + DatabaseResponsesFilter.ALSO, own.getDescription());
        assertNotNull(own.getHeaders().get("Retry-After"));
    }

    @Test
    void shouldLeaveAnApplicationWithoutADatabaseAlone() {
        new DatabaseResponsesFilter(false).filterOpenAPI(document);
        assertNull(read.getResponses().getAPIResponse("503"));
        assertTrue(document.getComponents().getResponses() == null
                || !document.getComponents().getResponses().containsKey(DatabaseResponsesFilter.COMPONENT));
    }
}
