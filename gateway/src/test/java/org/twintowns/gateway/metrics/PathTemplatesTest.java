package org.twintowns.gateway.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.twintowns.gateway.openapi.MergedContract;

class PathTemplatesTest {

    private final PathTemplates templates = new PathTemplates(List.of(
            "/api/v1/municipalities",
            "/api/v1/municipalities/{id}",
            "/api/v1/municipalities/{id}/partners",
            "/api/v1/municipalities/by-ags/{ags}",
            "/api/v1/a/{x}/c",
            "/api/v1/a/b/d"));

    @Test
    void shouldNameAPathByItsTemplate() {
        assertEquals("/api/v1/municipalities", templates.match("/api/v1/municipalities"));
        assertEquals("/api/v1/municipalities/{id}", templates.match("/api/v1/municipalities/0190f3c2"));
        assertEquals("/api/v1/municipalities/{id}/partners", templates.match("/api/v1/municipalities/0190f3c2/partners"));
    }

    @Test
    void shouldPreferALiteralSegmentToAParameter() {
        assertEquals("/api/v1/municipalities/by-ags/{ags}", templates.match("/api/v1/municipalities/by-ags/16053000"));
        assertEquals("/api/v1/municipalities/by-ags/{ags}", templates.match("/api/v1/municipalities/by-ags/partners"));
        assertEquals("/api/v1/municipalities/{id}", templates.match("/api/v1/municipalities/by-ags"));
    }

    @Test
    void shouldGoBackToAParameterWhenTheLiteralLeadsNowhere() {
        assertEquals("/api/v1/a/b/d", templates.match("/api/v1/a/b/d"));
        assertEquals("/api/v1/a/{x}/c", templates.match("/api/v1/a/b/c"));
    }

    @Test
    void shouldNameNoPathThatIsNoTemplatesInstance() {
        assertNull(templates.match("/api/v1/municipalities/0190f3c2/partners/more"));
        assertNull(templates.match("/api/v1/municipalities/"));
        assertNull(templates.match("/api/v1/municipalities//partners"));
        assertNull(templates.match("/api/v1/newsletter"));
        assertNull(templates.match("/api/v1"));
        assertNull(templates.match(""));
        assertNull(templates.match("api/v1/municipalities"));
    }

    @Test
    void shouldNameEveryOperationOfTheMergedContractByItsOwnTemplate() throws IOException {
        List<String> paths = new ArrayList<>();
        new YAMLMapper().readTree(Path.of("target", "openapi", "twintowns-openapi.yaml").toFile())
                .path("paths").fieldNames().forEachRemaining(paths::add);
        // The gateway's streaming read of the JSON form finds the same paths as a YAML parser in the YAML form.
        assertEquals(paths, MergedContract.paths());
        PathTemplates merged = new PathTemplates(MergedContract.paths());
        for (String template : paths) {
            String instance = template.replaceAll("\\{[^}]+}", "x1");
            assertEquals(template, merged.match(instance), instance);
        }
        assertTrue(paths.size() > 20, "paths in the merged contract: " + paths.size());
    }
}
