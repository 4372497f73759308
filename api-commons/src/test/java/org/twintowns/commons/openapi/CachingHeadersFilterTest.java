package org.twintowns.commons.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Test;

/** Public reads (also those a token widens) document Cache-Control, ETag and 304; reads behind a token do not. */
class CachingHeadersFilterTest {

    private static Operation read(String description) {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description(description)));
    }

    private final Operation list = read("A page").security(new ArrayList<>());
    private final Operation widened = read("Public items, an editor's drafts too").security(List.of(
            OASFactory.createSecurityRequirement(),
            OASFactory.createSecurityRequirement().addScheme("bearer")));
    private final Operation secured = read("Only with a token").security(List.of(
            OASFactory.createSecurityRequirement().addScheme("bearer")));
    private final Operation versioned = read("The record").security(new ArrayList<>());
    private final OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
            .addPathItem("/records", OASFactory.createPathItem().GET(list))
            .addPathItem("/news", OASFactory.createPathItem().GET(widened))
            .addPathItem("/jobs", OASFactory.createPathItem().GET(secured))
            .addPathItem("/records/{id}", OASFactory.createPathItem().GET(versioned)));

    @Test
    void shouldDocumentCachingOnEveryPublicRead() {
        versioned.getResponses().getAPIResponse("200").addHeader("ETag",
                OASFactory.createHeader().description("The version"));
        new CachingHeadersFilter().filterOpenAPI(document);
        for (Operation read : List.of(list, widened, versioned)) {
            var ok = read.getResponses().getAPIResponse("200");
            assertEquals(CachingHeadersFilter.CACHE_CONTROL, ok.getHeaders().get("Cache-Control").getDescription());
            assertEquals(64, ok.getHeaders().get("Cache-Control").getSchema().getMaxLength());
            assertEquals(CachingHeadersFilter.NOT_MODIFIED, read.getResponses().getAPIResponse("304").getDescription());
        }
        assertEquals(CachingHeadersFilter.ETAG, list.getResponses().getAPIResponse("200").getHeaders().get("ETag")
                .getDescription());
        assertEquals("The version", versioned.getResponses().getAPIResponse("200").getHeaders().get("ETag")
                .getDescription());
    }

    @Test
    void shouldDescribeTheValuesTheServicesSend() {
        for (String value : List.of(org.twintowns.commons.http.PublicCaching.DEFAULT,
                org.twintowns.commons.http.PublicCaching.MAP, "no-cache", "private, no-store",
                "public, max-age=31536000, immutable")) {
            assertTrue(value.matches(CachingHeadersFilter.CACHE_CONTROL_PATTERN), value);
        }
        for (String value : List.of("\"7\"", "W/\"hw7PvnArd4OnYVIP\"", "\"hw7PvnArd4OnYVIP\"")) {
            assertTrue(value.matches(CachingHeadersFilter.ETAG_PATTERN), value);
        }
    }

    @Test
    void shouldLeaveReadsBehindATokenAlone() {
        new CachingHeadersFilter().filterOpenAPI(document);
        assertNull(secured.getResponses().getAPIResponse("200").getHeaders());
        assertNull(secured.getResponses().getAPIResponse("304"));
    }
}
