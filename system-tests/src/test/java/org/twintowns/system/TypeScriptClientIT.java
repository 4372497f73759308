package org.twintowns.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twintowns.testing.TestTokens;

/**
 * The TypeScript client generated from the merged contract (typescript-fetch, type-checked by tsc in this
 * module's build) runs a frontend's scenario with Node.js against the running platform, through the
 * gateway: src/test/typescript/scenario.ts. The scenario makes its own checks; this test hands it the
 * gateway and an admin token and fails with everything it printed when it fails.
 */
@DisabledIfSystemProperty(named = "tt.ts-client.skip", matches = "true",
        disabledReason = "built with -Dts-client.skip or -Dnode.skip: no TypeScript client")
@ExtendWith(PlatformExtension.class)
class TypeScriptClientIT {

    /** The scenario takes a few seconds; this bounds a platform that stops answering. */
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @Test
    void shouldRunTheFrontendScenarioWithTheTypeScriptClient(Platform platform) throws IOException, InterruptedException {
        Path scenario = Path.of(System.getProperty("tt.ts-client.scenario", "target/ts-client/js/src/test/typescript/scenario.js"));
        assertTrue(Files.isRegularFile(scenario), scenario + " is missing: run the suite through ./mvnw verify, which compiles it");
        Path logs = Path.of(System.getProperty("tt.logs", "target/e2e-logs"));
        Files.createDirectories(logs);
        Path output = logs.resolve("ts-client-scenario.log");

        ProcessBuilder builder = new ProcessBuilder("node", scenario.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("TT_GATEWAY_URL", "http://127.0.0.1:" + platform.gatewayPort());
        builder.environment().put("TT_ADMIN_TOKEN", TestTokens.admin());
        Process node = builder.start();
        if (!node.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            node.destroyForcibly().waitFor();
            fail("The scenario did not end within " + TIMEOUT + ":\n" + read(output));
        }
        assertEquals(0, node.exitValue(), () -> "The scenario failed:\n" + read(output));
    }

    private static String read(Path output) {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            return "(its output in " + output + " cannot be read: " + e + ")";
        }
    }
}
