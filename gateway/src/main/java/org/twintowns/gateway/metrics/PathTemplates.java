package org.twintowns.gateway.metrics;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The path templates of an API ({@code /api/v1/municipalities/{id}}) and which of them a request
 * path is an instance of. A template segment in braces stands for any one non-empty segment; where
 * two templates fit, a literal segment wins over a parameter ({@code /municipalities/by-ags/{ags}}
 * over {@code /municipalities/{id}/partners}).
 */
public final class PathTemplates {

    /** One segment of the templates: what may follow it, and the template that ends here, if any. */
    private static final class Node {
        private final Map<String, Node> literals = new HashMap<>();
        private Node parameter;
        private String template;
    }

    private final Node root = new Node();

    public PathTemplates(Collection<String> templates) {
        for (String template : templates) {
            if (!template.startsWith("/")) {
                throw new IllegalArgumentException("A path template starts with '/': " + template);
            }
            Node node = root;
            for (String segment : template.substring(1).split("/", -1)) {
                if (segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}")) {
                    if (node.parameter == null) {
                        node.parameter = new Node();
                    }
                    node = node.parameter;
                } else {
                    node = node.literals.computeIfAbsent(segment, s -> new Node());
                }
            }
            node.template = template;
        }
    }

    /** The template {@code path} is an instance of; null when it is none's. */
    public String match(String path) {
        return path.startsWith("/") ? match(root, path, 1) : null;
    }

    private static String match(Node node, String path, int from) {
        int end = path.indexOf('/', from);
        boolean last = end < 0;
        if (last) {
            end = path.length();
        }
        String segment = path.substring(from, end);
        Node literal = node.literals.get(segment);
        if (literal != null) {
            String template = last ? literal.template : match(literal, path, end + 1);
            if (template != null) {
                return template;
            }
        }
        if (node.parameter != null && !segment.isEmpty()) {
            return last ? node.parameter.template : match(node.parameter, path, end + 1);
        }
        return null;
    }
}
