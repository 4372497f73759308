package org.twintowns.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;

/**
 * The production overlay, rendered once per test class, for tests that break one thing in it: the check
 * must name exactly what was broken (and what follows from it), nothing else.
 */
abstract class ProductionOverlay {

    static final Repository REPOSITORY = Repository.fromSystemProperties();
    static final ManifestCheck CHECK = new ManifestCheck(REPOSITORY, Kustomize.fromSystemProperties());
    static final Path PRODUCTION = REPOSITORY.kubernetes().resolve("overlays/production");
    static String production;

    @BeforeAll
    static void render() {
        production = CHECK.render(PRODUCTION);
    }

    static List<String> findingsOf(Rendered rendered) {
        return CHECK.check(PRODUCTION, rendered.yaml()).all();
    }

    static void assertOnly(List<String> findings, String... expected) {
        assertEquals(List.of(expected), findings);
    }
}
