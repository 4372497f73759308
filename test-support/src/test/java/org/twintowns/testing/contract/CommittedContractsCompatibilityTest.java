package org.twintowns.testing.contract;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The build's check of every committed contract against its version on main: a breaking change
 * fails it unless contracts/breaking-changes.yaml acknowledges it with a reason. Without git or a
 * base revision (a source tarball, a shallow clone) the check is skipped, and says why.
 */
class CommittedContractsCompatibilityTest {

    private static final Path CONTRACTS = Path.of("..", "contracts");

    @Test
    void shouldMakeNoBreakingChangeThatIsNotAcknowledged() throws IOException {
        List<ContractCompatibility.Result> results = ContractCompatibility.check(CONTRACTS);
        if (results.size() == 1 && results.get(0).skipped() != null && results.get(0).contract().equals("*")) {
            Assumptions.abort("Breaking-change check skipped: " + results.get(0).skipped());
        }
        StringBuilder open = new StringBuilder();
        for (ContractCompatibility.Result result : results) {
            if (result.skipped() != null) {
                System.out.println("contracts/" + result.contract() + ".yaml: " + result.skipped() + ", nothing to compare");
                continue;
            }
            result.acknowledged().forEach(change -> System.out.println(
                    "contracts/" + result.contract() + ".yaml: breaking change acknowledged: " + change));
            open.append(result.unacknowledged().stream()
                    .map(change -> "- contract: " + result.contract() + "\n  change: \"" + change.replace("\"", "\\\"")
                            + "\"\n  reason: \"<why clients must accept this>\"\n")
                    .collect(Collectors.joining()));
        }
        if (!open.isEmpty()) {
            fail("Breaking changes of the contracts against main (see docs/contracts.md). Undo them, or, if they are "
                    + "meant, acknowledge each under 'acknowledged:' in contracts/"
                    + ContractCompatibility.ACKNOWLEDGEMENTS + " with the reason:\n" + open);
        }
    }
}
