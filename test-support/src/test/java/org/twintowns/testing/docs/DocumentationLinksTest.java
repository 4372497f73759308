package org.twintowns.testing.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repository's Markdown documents hold together: every relative link in README.md, docs/ and
 * the other READMEs points to a file that exists, and to a heading that exists where it names one;
 * every document in docs/ can be reached from README.md; and README.md stays a front door, short
 * enough to read at once. Offline and cheap: links to other sites are not followed.
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path README = ROOT.resolve("README.md");
    private static final Path DOCS = ROOT.resolve("docs");
    private static final Set<String> NOT_SOURCES = Set.of(".git", "target", "node_modules", ".run");
    private static final Pattern EXTERNAL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    /**
     * The README is a front door: what this is, the parts, the commands, and the performance figures
     * users ask for first (issue 21); the rest lives in docs/.
     */
    private static final int README_MAX_LINES = 170;

    private static final Map<Path, MarkdownFile> documents = new HashMap<>();

    @BeforeAll
    static void readDocuments() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(DocumentationLinksTest::isSourceMarkdown).toList()) {
                documents.put(file, MarkdownFile.read(file));
            }
        }
    }

    @Test
    void shouldLinkOnlyToFilesAndHeadingsThatExist() throws IOException {
        List<String> broken = new ArrayList<>();
        for (MarkdownFile document : documents.values()) {
            for (MarkdownFile.Link link : document.links()) {
                String problem = problemOf(document, link.target());
                if (problem != null) {
                    broken.add(ROOT.relativize(document.path()) + ":" + link.line() + ": " + link.target() + ": " + problem);
                }
            }
        }
        assertEquals(List.of(), broken.stream().sorted().toList(), "Broken links in the documentation");
    }

    @Test
    void shouldReachEveryDocumentInDocsFromTheReadme() {
        Set<Path> reached = new HashSet<>();
        List<Path> toVisit = new ArrayList<>(List.of(README));
        while (!toVisit.isEmpty()) {
            Path current = toVisit.remove(toVisit.size() - 1);
            if (!reached.add(current) || !documents.containsKey(current)) {
                continue;
            }
            documents.get(current).links().stream()
                    .filter(link -> !EXTERNAL.matcher(link.target()).find())
                    .map(link -> targetPath(current, link.target()))
                    .forEach(toVisit::add);
        }
        List<Path> unreached = documents.keySet().stream()
                .filter(path -> path.startsWith(DOCS) && !reached.contains(path))
                .map(ROOT::relativize).sorted().toList();
        assertEquals(List.of(), unreached, "Documents in docs/ that no link from README.md leads to");
    }

    @Test
    void shouldKeepTheReadmeShort() throws IOException {
        long lines;
        try (Stream<String> readme = Files.lines(README)) {
            lines = readme.count();
        }
        assertTrue(lines < README_MAX_LINES, "README.md has " + lines + " lines; it is a front door, keep it under "
                + README_MAX_LINES + " and move reference material to docs/");
    }

    /** Why the link does not work, or null when it does. */
    private static String problemOf(MarkdownFile document, String target) throws IOException {
        if (EXTERNAL.matcher(target).find()) {
            return null;
        }
        Path path = targetPath(document.path(), target);
        if (!path.startsWith(ROOT)) {
            return "points outside the repository";
        }
        if (!Files.exists(path)) {
            return "no such file";
        }
        int hash = target.indexOf('#');
        if (hash < 0 || !path.toString().endsWith(".md")) {
            return null;
        }
        String anchor = decoded(target.substring(hash + 1));
        MarkdownFile linked = documents.containsKey(path) ? documents.get(path) : MarkdownFile.read(path);
        return linked.anchors().contains(anchor) ? null : "no heading #" + anchor + " in " + ROOT.relativize(path)
                + " (it has: " + linked.anchors().stream().sorted().collect(Collectors.joining(", ")) + ")";
    }

    /** The file a relative link leads to: from the linking file's folder, or from the root for "/...". */
    private static Path targetPath(Path from, String target) {
        int hash = target.indexOf('#');
        String file = decoded(hash < 0 ? target : target.substring(0, hash));
        if (file.isEmpty()) {
            return from;
        }
        Path base = file.startsWith("/") ? ROOT : from.getParent();
        return base.resolve(file.startsWith("/") ? file.substring(1) : file).normalize();
    }

    /** Percent-escapes decoded; a "+" stays a plus, as in a URL's path. */
    private static String decoded(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static boolean isSourceMarkdown(Path path) {
        Path relative = ROOT.relativize(path);
        for (Path part : relative) {
            if (NOT_SOURCES.contains(part.toString())) {
                return false;
            }
        }
        return path.toString().endsWith(".md") && Files.isRegularFile(path);
    }
}
