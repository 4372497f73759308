package org.twintowns.news.text;

import org.jsoup.Jsoup;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The body's HTML: only simple formatting survives (paragraphs, line breaks, emphasis, lists,
 * quotes, sub-headings and http/https/mailto links). Applied on every write, so whatever a client
 * sends, no script, event handler, style or javascript: link ever reaches a reader.
 */
public final class BodyHtml {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "ul", "ol", "li", "a", "blockquote", "h2", "h3", "h4")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    /** Characters the search snippets use as highlight markers; never part of stored text. */
    private static final String MARKERS = "[\uE000\uE001]";

    private BodyHtml() {
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html.replaceAll(MARKERS, ""));
    }

    /** The readable text of sanitized HTML, with block elements separated by spaces. */
    public static String toText(String sanitizedHtml) {
        return Jsoup.parse(sanitizedHtml).text();
    }

    /** Escapes plain text for an HTML context (feeds, snippets). */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
