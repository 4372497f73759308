package org.twintowns.testing.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The dependencies between the feature packages of a service, read from its sources, and the rule
 * that they run one way: no feature uses a feature that depends back on it, directly or through
 * others. A feature is a package right below the service's base package
 * ({@code org.twintowns.events.registration}); classes in the base package itself are the
 * composition root and not counted.
 *
 * <p>Sources rather than class files, because the compiler inlines constants and would hide a use of
 * {@code EventProblems.SOME_TEXT}. A use is any qualified name outside comments and string
 * literals: imports, static imports and names written out in the code.
 */
public final class FeatureDependencies {

    private final String basePackage;
    /** from feature, to feature, the files (relative to the source root) that make the dependency. */
    private final Map<String, Map<String, Set<String>>> uses;
    private final Map<String, String> tolerated = new TreeMap<>();

    private FeatureDependencies(String basePackage, Map<String, Map<String, Set<String>>> uses) {
        this.basePackage = basePackage;
        this.uses = uses;
    }

    /** The features of the module under test: {@code src/main/java} of the working directory (Surefire's is the module). */
    public static FeatureDependencies of(String basePackage) {
        return read(Path.of("src", "main", "java"), basePackage);
    }

    public static FeatureDependencies read(Path sourceRoot, String basePackage) {
        Path baseDir = sourceRoot.resolve(basePackage.replace('.', '/'));
        if (!Files.isDirectory(baseDir)) {
            throw new IllegalArgumentException("No sources of " + basePackage + " under " + sourceRoot.toAbsolutePath());
        }
        Pattern qualified = Pattern.compile("\\b" + Pattern.quote(basePackage) + "\\s*\\.\\s*([a-z_][a-z0-9_]*)\\b");
        Map<String, Map<String, Set<String>>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(baseDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Path relative = baseDir.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String feature = relative.getName(0).toString();
                Map<String, Set<String>> targets = uses.computeIfAbsent(feature, f -> new TreeMap<>());
                Matcher used = qualified.matcher(JavaCode.withoutCommentsAndLiterals(Files.readString(file)));
                while (used.find()) {
                    if (!used.group(1).equals(feature)) {
                        targets.computeIfAbsent(used.group(1), f -> new TreeSet<>())
                                .add(sourceRoot.relativize(file).toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FeatureDependencies(basePackage, uses);
    }

    /**
     * Leaves out one known dependency that still runs the wrong way, until the change that removes
     * it lands. {@link #assertOneDirection} fails once it is gone, so the exception cannot outlive
     * its reason.
     */
    public FeatureDependencies tolerating(String from, String to, String until) {
        tolerated.put(from + " -> " + to, until);
        return this;
    }

    /** Each feature and the features it uses. */
    public Map<String, Set<String>> graph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        uses.forEach((from, targets) -> {
            Set<String> to = new TreeSet<>(targets.keySet());
            to.removeIf(target -> tolerated.containsKey(from + " -> " + target));
            graph.put(from, to);
        });
        return graph;
    }

    /** The groups of features that depend on each other, each sorted; empty when all run one way. */
    public List<Set<String>> cycles() {
        return new StronglyConnected(graph()).groups().stream().filter(group -> group.size() > 1).toList();
    }

    public void assertOneDirection() {
        List<String> problems = new ArrayList<>();
        tolerated.forEach((edge, until) -> {
            String[] ends = edge.split(" -> ");
            if (!uses.getOrDefault(ends[0], Map.of()).containsKey(ends[1])) {
                problems.add("The tolerated dependency " + edge + " (" + until + ") is gone: remove the tolerance.");
            }
        });
        Map<String, Set<String>> graph = graph();
        for (Set<String> cycle : cycles()) {
            StringBuilder text = new StringBuilder("The features " + cycle + " of " + basePackage
                    + " depend on each other; give each dependency one direction (raise an event, pass a callback, "
                    + "or move the shared rule down):");
            for (String from : cycle) {
                for (String to : graph.get(from)) {
                    if (cycle.contains(to)) {
                        text.append("\n  ").append(from).append(" -> ").append(to).append(": ")
                                .append(uses.get(from).get(to));
                    }
                }
            }
            problems.add(text.toString());
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    /** Tarjan's strongly connected components of a small graph. */
    private static final class StronglyConnected {

        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private final Map<String, Integer> low = new LinkedHashMap<>();
        private final List<String> stack = new ArrayList<>();
        private final List<Set<String>> groups = new ArrayList<>();

        StronglyConnected(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        List<Set<String>> groups() {
            graph.keySet().forEach(node -> {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            });
            return groups;
        }

        private void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.add(node);
            for (String next : graph.getOrDefault(node, Set.of())) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (stack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                Set<String> group = new TreeSet<>();
                String member;
                do {
                    member = stack.remove(stack.size() - 1);
                    group.add(member);
                } while (!member.equals(node));
                groups.add(group);
            }
        }
    }
}
