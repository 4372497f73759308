package org.twintowns.testing.contract;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Compares every committed contract ({@code contracts/*.yaml}) with the same file at the base
 * revision ({@link GitBase}) and sorts its breaking changes into those acknowledged in
 * {@code contracts/breaking-changes.yaml} and those that are not.
 */
public final class ContractCompatibility {

    /** The file in contracts/ that lists breaking changes made on purpose. */
    public static final String ACKNOWLEDGEMENTS = "breaking-changes.yaml";

    /** What the comparison found for one contract; {@code skipped} says why there was nothing to compare. */
    public record Result(String contract, List<String> unacknowledged, List<String> acknowledged, String skipped) {
    }

    private ContractCompatibility() {
    }

    /** The results for every contract in the directory; one skipped result when there is no base to compare with. */
    public static List<Result> check(Path contracts) throws IOException {
        StringBuilder why = new StringBuilder();
        Optional<GitBase> found = GitBase.find(contracts, why);
        if (found.isEmpty()) {
            return List.of(new Result("*", List.of(), List.of(), why.toString()));
        }
        GitBase base = found.get();
        Acknowledged acknowledged = Acknowledged.read(contracts.resolve(ACKNOWLEDGEMENTS));
        List<Path> current = contracts(contracts);
        // The base versions side by side, so that references between contracts resolve as they did.
        Path before = Files.createTempDirectory("contracts-base");
        try {
            for (Path contract : current) {
                Optional<String> old = base.file(base.pathOf(contract));
                if (old.isPresent()) {
                    Files.writeString(before.resolve(contract.getFileName()), old.get());
                }
            }
            List<Result> results = new ArrayList<>();
            for (Path contract : current) {
                String name = contract.getFileName().toString().replaceFirst("\\.yaml$", "");
                Path old = before.resolve(contract.getFileName());
                if (!Files.exists(old)) {
                    results.add(new Result(name, List.of(), List.of(), "new since " + base.revision()));
                    continue;
                }
                List<String> open = new ArrayList<>();
                List<String> known = new ArrayList<>();
                String text = Files.readString(contract);
                List<String> changes = AsyncApiBreakingChanges.isAsyncApi(text)
                        ? AsyncApiBreakingChanges.between(Files.readString(old), text)
                        : BreakingChanges.between(old, contract);
                for (String change : changes) {
                    (acknowledged.contains(name, change) ? known : open).add(change);
                }
                results.add(new Result(name, open, known, null));
            }
            return results;
        } finally {
            try (var files = Files.walk(before)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** The OpenAPI documents in the directory (not the lint ruleset, not the acknowledgements). */
    static List<Path> contracts(Path directory) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.yaml")) {
            for (Path file : stream) {
                String name = file.getFileName().toString();
                if (!name.startsWith(".") && !name.equals(ACKNOWLEDGEMENTS)) {
                    found.add(file);
                }
            }
        }
        found.sort(Comparator.naturalOrder());
        return found;
    }
}
