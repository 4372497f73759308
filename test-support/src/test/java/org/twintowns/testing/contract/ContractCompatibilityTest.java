package org.twintowns.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check against main, on a real git repository: found, acknowledged, or skipped with a reason. */
class ContractCompatibilityTest {

    @TempDir
    Path repository;

    private void git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString(), "-c", "user.name=Test",
                "-c", "user.email=test@twintowns.test", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + out);
    }

    private Path contracts() throws IOException {
        return Files.createDirectories(repository.resolve("contracts"));
    }

    /** main with the contract as BreakingChangesTest has it, and a branch that removes an operation. */
    private void branchRemovingAnOperation() throws Exception {
        git("init", "-q", "-b", "main");
        Files.writeString(contracts().resolve("items.yaml"), BreakingChangesTest.BEFORE);
        git("add", ".");
        git("commit", "-q", "-m", "items");
        git("checkout", "-q", "-b", "feature");
        String history = BreakingChangesTest.BEFORE.substring(BreakingChangesTest.BEFORE.indexOf("  /items/{id}/history:"),
                BreakingChangesTest.BEFORE.indexOf("components:"));
        Files.writeString(contracts().resolve("items.yaml"), BreakingChangesTest.BEFORE.replace(history, ""));
    }

    @Test
    void shouldReportABreakingChangeAgainstTheMergeBaseWithMain() throws Exception {
        branchRemovingAnOperation();
        List<ContractCompatibility.Result> results = ContractCompatibility.check(contracts());
        assertEquals(1, results.size());
        assertEquals("items", results.get(0).contract());
        assertEquals(List.of("GET /items/{id}/history: operation removed"), results.get(0).unacknowledged());
    }

    @Test
    void shouldAcceptABreakingChangeAcknowledgedWithAReason() throws Exception {
        branchRemovingAnOperation();
        Files.writeString(contracts().resolve(ContractCompatibility.ACKNOWLEDGEMENTS), """
                acknowledged:
                - contract: items
                  change: "GET /items/{id}/history: operation removed"
                  reason: The history moved into the item itself
                """);
        ContractCompatibility.Result result = ContractCompatibility.check(contracts()).get(0);
        assertEquals(List.of(), result.unacknowledged());
        assertEquals(List.of("GET /items/{id}/history: operation removed"), result.acknowledged());
    }

    @Test
    void shouldMeasureMainAgainstTheCommitBefore() throws Exception {
        branchRemovingAnOperation();
        git("commit", "-q", "-am", "remove history");
        git("checkout", "-q", "main");
        git("merge", "-q", "--ff-only", "feature");
        assertEquals(List.of("GET /items/{id}/history: operation removed"),
                ContractCompatibility.check(contracts()).get(0).unacknowledged());
    }

    @Test
    void shouldSkipWithAReasonOutsideGit() throws Exception {
        Files.writeString(contracts().resolve("items.yaml"), BreakingChangesTest.BEFORE);
        ContractCompatibility.Result result = ContractCompatibility.check(contracts()).get(0);
        assertNotNull(result.skipped());
        assertTrue(result.skipped().contains("not a git checkout"), result.skipped());
    }

    @Test
    void shouldSkipAContractThatIsNewSinceTheBase() throws Exception {
        branchRemovingAnOperation();
        Files.writeString(contracts().resolve("more.yaml"), BreakingChangesTest.BEFORE);
        // Results come in file name order: items, more.
        ContractCompatibility.Result more = ContractCompatibility.check(contracts()).get(1);
        assertEquals("more", more.contract());
        assertTrue(more.skipped().startsWith("new since "), more.skipped());
    }

    @Test
    void shouldRefuseAnAcknowledgementWithoutAReason() throws Exception {
        branchRemovingAnOperation();
        Files.writeString(contracts().resolve(ContractCompatibility.ACKNOWLEDGEMENTS), """
                acknowledged:
                - contract: items
                  change: "GET /items/{id}/history: operation removed"
                """);
        assertThrows(IllegalStateException.class,
                () -> ContractCompatibility.check(contracts()));
    }

    @Test
    void shouldAcknowledgeAChangeInEveryOperationWithAStar() throws Exception {
        branchRemovingAnOperation();
        Files.writeString(contracts().resolve(ContractCompatibility.ACKNOWLEDGEMENTS), """
                acknowledged:
                - contract: items
                  change: "*: operation removed"
                  reason: Operations are going away
                """);
        assertEquals(List.of(), ContractCompatibility.check(contracts()).get(0).unacknowledged());
    }
}
