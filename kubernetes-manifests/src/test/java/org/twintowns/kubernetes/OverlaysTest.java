package org.twintowns.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every overlay under deploy/kubernetes/overlays renders, parses and passes every cross-check. */
class OverlaysTest {

    private static final Repository REPOSITORY = Repository.fromSystemProperties();
    private static final ManifestCheck CHECK = new ManifestCheck(REPOSITORY, Kustomize.fromSystemProperties());

    static Stream<Path> overlays() {
        return REPOSITORY.overlays().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void shouldInstallAsItIsWritten(Path overlay) {
        Findings findings = CHECK.check(overlay, CHECK.render(overlay));
        assertTrue(findings.isEmpty(), () -> overlay.getFileName() + ":\n" + findings);
    }

    @Test
    void shouldHaveTheProductionAndDemoOverlays() {
        assertEquals(List.of("demo", "production"),
                REPOSITORY.overlays().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void shouldRenderEveryApplicationInEveryOverlay() {
        for (Path overlay : REPOSITORY.overlays()) {
            Manifests manifests = new ManifestParser().parse(CHECK.render(overlay), new Findings());
            assertEquals(List.of("events-service", "gateway", "news-service", "partnerships-service", "webhooks-service"),
                    manifests.deployments().stream().map(d -> d.getMetadata().getName()).sorted().toList(),
                    overlay.getFileName().toString());
        }
    }
}
