package org.twintowns.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reads {@code bin/platform} trains each application's AOT cache with ({@code training_reads}) are reads the
 * application serves: every one a GET of its committed contract, or its health checks. A read that was renamed or
 * removed would fail the first {@code bin/platform up} after a build ({@code send_training_reads} stops it), and a
 * service with only its health checks to read would record a cache of its start without its first reads.
 */
class PlatformTrainingReadsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void shouldTrainEveryApplicationWithReadsOfItsOwnContract() throws Exception {
        Map<String, List<String>> reads = trainingReads();
        List<String> applications = new ArrayList<>(Platform.SERVICES);
        applications.add("gateway");
        assertEquals(applications, List.copyOf(reads.keySet()), "bin/platform's applications");
        for (Map.Entry<String, List<String>> app : reads.entrySet()) {
            assertFalse(app.getValue().isEmpty(), app.getKey() + " has no training reads");
            JsonNode paths = contractPaths(app.getKey());
            for (String read : app.getValue()) {
                String path = read.contains("?") ? read.substring(0, read.indexOf('?')) : read;
                if (path.startsWith("/q/health/")) {
                    continue;
                }
                assertTrue(paths.path(path).has("get"),
                        app.getKey() + "'s training read " + read + " is not a GET of its contract");
            }
        }
        for (String service : List.of("partnerships", "events", "news")) {
            assertTrue(reads.get(service).stream().filter(read -> read.startsWith("/api/")).count() >= 2,
                    service + " must be trained with its first reads, not only its start: " + reads.get(service));
        }
    }

    private static JsonNode contractPaths(String app) throws IOException {
        String file = "gateway".equals(app) ? "gateway.yaml" : app + "-service.yaml";
        return new YAMLMapper().readTree(ROOT.resolve("contracts").resolve(file).toFile()).path("paths");
    }

    /** Each application bin/platform runs (its SERVICES) with its training reads, as its own function gives them. */
    private static Map<String, List<String>> trainingReads() throws IOException, InterruptedException {
        String script = "source bin/platform --source-only >/dev/null; "
                + "for s in \"${SERVICES[@]}\"; do echo \"$s $(training_reads \"$s\")\"; done";
        ScriptRun run = ScriptRun.of(ROOT, List.of("bash", "-c", script));
        assertEquals(0, run.exit(), run.stderr());
        Map<String, List<String>> reads = new LinkedHashMap<>();
        for (String line : run.stdout().strip().split("\n")) {
            String[] words = line.strip().split("\\s+");
            reads.put(words[0], new ArrayList<>(List.of(words).subList(1, words.length)));
        }
        return reads;
    }
}
