package org.twintowns.testing.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Markdown document as GitHub renders it, reduced to what a link check needs: the links it
 * makes (outside code) and the anchors its headings get. Anchors follow GitHub's rule (lower case,
 * punctuation dropped, spaces to hyphens, "-1", "-2" for repeats), so a link that works here works
 * on GitHub.
 */
record MarkdownFile(Path path, List<Link> links, Set<String> anchors) {

    /** A link target as written, with the line it is on. */
    record Link(int line, String target) {
    }

    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
    private static final Pattern LINK_TEXT = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern NOT_IN_SLUG = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

    static MarkdownFile read(Path path) throws IOException {
        List<Link> links = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> slugCounts = new HashMap<>();
        boolean inFence = false;
        List<String> lines = Files.readAllLines(path);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                anchors.add(uniqueSlug(heading.group(1), slugCounts));
            }
            Matcher html = HTML_ANCHOR.matcher(line);
            while (html.find()) {
                anchors.add(html.group(1));
            }
            String prose = CODE_SPAN.matcher(line).replaceAll("");
            Matcher inline = INLINE_LINK.matcher(prose);
            while (inline.find()) {
                links.add(new Link(i + 1, inline.group(1)));
            }
            Matcher definition = REFERENCE_DEFINITION.matcher(prose);
            if (definition.matches()) {
                links.add(new Link(i + 1, definition.group(1)));
            }
        }
        return new MarkdownFile(path, List.copyOf(links), Set.copyOf(anchors));
    }

    /** The anchor GitHub gives a heading with this text, counting repeats of the same text. */
    static String uniqueSlug(String headingText, Map<String, Integer> slugCounts) {
        String slug = slug(headingText);
        int seen = slugCounts.merge(slug, 1, Integer::sum) - 1;
        return seen == 0 ? slug : slug + "-" + seen;
    }

    /** The heading's rendered text (links to their text, no code or emphasis marks), as GitHub slugs it. */
    static String slug(String headingText) {
        String text = LINK_TEXT.matcher(headingText).replaceAll("$1").replace("`", "").replace("*", "");
        text = text.replaceAll("<[^>]+>", "");
        return NOT_IN_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }
}
