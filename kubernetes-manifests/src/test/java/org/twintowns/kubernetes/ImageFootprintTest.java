package org.twintowns.kubernetes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The container image runs the applications with the footprint settings bin/platform uses (its
 * FOOTPRINT_OPTIONS and FOOTPRINT_ENV): the manifests' memory limits and docs/benchmarks.md's figures
 * were measured with them, and a shell script cannot be sourced by a Dockerfile, so the two copies are
 * held together here.
 */
class ImageFootprintTest {

    private static final Path ROOT = Path.of(System.getProperty("twintowns.root", "..")).toAbsolutePath().normalize();

    @Test
    void shouldStartTheImageWithBinPlatformsFootprintOptionsAndEnvironment() throws IOException {
        String platform = Files.readString(ROOT.resolve("bin/platform"));
        String dockerfile = Files.readString(ROOT.resolve("docker/Dockerfile"));
        String options = assignment(platform, "FOOTPRINT_OPTIONS=\"([^\"]+)\"");
        String environment = assignment(platform, "FOOTPRINT_ENV=\\(([^)]+)\\)");
        String entrypoint = assignment(dockerfile, "(?m)^ENTRYPOINT (.+)$");
        String env = assignment(dockerfile, "(?m)^ENV (.+)$");
        assertTrue(entrypoint.contains(options),
                "docker/Dockerfile's ENTRYPOINT must run java with bin/platform's FOOTPRINT_OPTIONS (" + options + "): " + entrypoint);
        for (String variable : environment.trim().split("\\s+")) {
            assertTrue(env.contains(variable),
                    "docker/Dockerfile's ENV must set bin/platform's FOOTPRINT_ENV " + variable + ": " + env);
        }
    }

    private static String assignment(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), "no match for " + regex);
        return matcher.group(1);
    }
}
