package org.twintowns.testing.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link check reads Markdown as GitHub does: the same anchors, and no links inside code. */
class MarkdownFileTest {

    @TempDir
    Path folder;

    @Test
    void shouldGiveHeadingsTheAnchorsGitHubGivesThem() throws IOException {
        MarkdownFile file = read("""
                # Gateway
                ## Platform variants: Quarkus 3.33.2 and tracing
                ## The database gone is `503`, not `500`
                ### Media (images)
                ## [Who](tokens.md) may *write* what
                ## Ünïcode straße
                ## Gateway
                ## Gateway
                """);

        assertEquals(Set.of("gateway", "platform-variants-quarkus-3332-and-tracing", "the-database-gone-is-503-not-500",
                "media-images", "who-may-write-what", "ünïcode-straße", "gateway-1", "gateway-2"), file.anchors());
    }

    @Test
    void shouldFindLinksInProseButNotInCode() throws IOException {
        MarkdownFile file = read("""
                See [tokens](docs/tokens.md#token-settings) and ![a picture](img/parts.png "The parts").
                `[not a link](nowhere.md)` and ``[nor this](nowhere.md)``
                ```markdown
                [nor this one](nowhere.md)
                ```
                [defined]: docs/gateway.md
                [GitHub](https://github.com/stoplightio/spectral)
                """);

        assertEquals(List.of(new MarkdownFile.Link(1, "docs/tokens.md#token-settings"),
                new MarkdownFile.Link(1, "img/parts.png"), new MarkdownFile.Link(6, "docs/gateway.md"),
                new MarkdownFile.Link(7, "https://github.com/stoplightio/spectral")), file.links());
    }

    @Test
    void shouldTakeNoHeadingFromACodeBlock() throws IOException {
        MarkdownFile file = read("""
                ```bash
                # a comment, not a heading
                ```
                ## Run it
                """);

        assertEquals(Set.of("run-it"), file.anchors());
    }

    private MarkdownFile read(String markdown) throws IOException {
        Path path = folder.resolve("doc.md");
        Files.writeString(path, markdown);
        return MarkdownFile.read(path);
    }
}
