package org.twintowns.gateway.auth;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The writes the services accept without a token ("POST /api/v1/events/[^/]+/registrations"). */
final class AnonymousWrites {

    private record Rule(String method, Pattern path) {
    }

    private final List<Rule> rules;

    AnonymousWrites(List<String> configured) {
        this.rules = configured.stream().map(String::trim).filter(s -> !s.isEmpty()).map(AnonymousWrites::rule).toList();
    }

    boolean allows(String method, String path) {
        for (Rule rule : rules) {
            if (rule.method().equals(method) && rule.path().matcher(path).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Rule rule(String entry) {
        int space = entry.indexOf(' ');
        if (space < 1) {
            throw new IllegalArgumentException(
                    "gateway.auth.anonymous-writes entries are \"METHOD path-regex\", not \"" + entry + "\"");
        }
        return new Rule(entry.substring(0, space).toUpperCase(Locale.ROOT), Pattern.compile(entry.substring(space + 1).trim()));
    }
}
