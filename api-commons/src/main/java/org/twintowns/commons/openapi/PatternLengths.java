package org.twintowns.commons.openapi;

import java.util.OptionalInt;

/**
 * The longest string a regular expression matches in full, when it has a bound: {@code [A-Z]{2}}
 * gives 2, {@code Q[1-9][0-9]{0,11}} 13, and anything with {@code *}, {@code +} or {@code {n,}}
 * none. Understands what the platform's patterns use (literals, escapes, classes, groups,
 * alternation, {@code ?} and counted repetition) and answers none for anything else, so a length
 * it gives is always one the pattern enforces.
 */
public final class PatternLengths {

    private final String regex;
    private int pos;

    private PatternLengths(String regex) {
        this.regex = regex;
    }

    public static OptionalInt max(String regex) {
        PatternLengths parser = new PatternLengths(regex);
        try {
            long length = parser.alternation();
            if (parser.pos != regex.length() || length > Integer.MAX_VALUE) {
                return OptionalInt.empty();
            }
            return OptionalInt.of((int) length);
        } catch (Unbounded | IndexOutOfBoundsException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Thrown where the pattern has no upper bound or uses what this parser does not know. */
    private static final class Unbounded extends RuntimeException {
        Unbounded() {
            super(null, null, false, false);
        }
    }

    private long alternation() {
        long longest = sequence();
        while (pos < regex.length() && regex.charAt(pos) == '|') {
            pos++;
            longest = Math.max(longest, sequence());
        }
        return longest;
    }

    private long sequence() {
        long total = 0;
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            long atom = atom();
            total += atom * repetitions();
        }
        return total;
    }

    /** The longest match of one atom (a literal, an escape, a class or a group). */
    private long atom() {
        char c = regex.charAt(pos++);
        switch (c) {
            case '(' -> {
                if (regex.startsWith("?:", pos)) {
                    pos += 2;
                } else if (regex.charAt(pos) == '?') {
                    throw new Unbounded(); // lookarounds and flags: not used here
                }
                long inner = alternation();
                expect(')');
                return inner;
            }
            case '[' -> {
                skipClass();
                return 1;
            }
            case '\\' -> {
                escape();
                return 1;
            }
            case '^', '$' -> {
                return 0;
            }
            case '*', '+', '?', '{', ')', ']', '}' -> throw new Unbounded();
            default -> {
                return 1;
            }
        }
    }

    /** How often the atom just read may repeat, at most. */
    private long repetitions() {
        if (pos >= regex.length()) {
            return 1;
        }
        char c = regex.charAt(pos);
        if (c == '*' || c == '+') {
            throw new Unbounded();
        }
        if (c == '?') {
            pos++;
            return 1;
        }
        if (c == '{') {
            int close = regex.indexOf('}', pos);
            String[] bounds = regex.substring(pos + 1, close).split(",", -1);
            pos = close + 1;
            if (bounds.length == 2 && bounds[1].isEmpty()) {
                throw new Unbounded();
            }
            return Long.parseLong(bounds[bounds.length - 1].trim());
        }
        return 1;
    }

    private void skipClass() {
        if (regex.charAt(pos) == '^') {
            pos++;
        }
        if (regex.charAt(pos) == ']') {
            pos++; // a leading ] is a literal
        }
        while (regex.charAt(pos) != ']') {
            if (regex.charAt(pos) == '\\') {
                pos++;
                escape();
            } else if (regex.charAt(pos) == '[') {
                throw new Unbounded(); // nested classes and intersections: not used here
            } else {
                pos++;
            }
        }
        pos++;
    }

    /** Skips what follows a backslash: one character, or a hex, unicode or property escape. */
    private void escape() {
        char c = regex.charAt(pos++);
        switch (c) {
            case 'x' -> pos += regex.charAt(pos) == '{' ? regex.indexOf('}', pos) - pos + 1 : 2;
            case 'u' -> pos += 4;
            case 'p', 'P' -> pos += regex.charAt(pos) == '{' ? regex.indexOf('}', pos) - pos + 1 : 1;
            case 'Q', 'k', 'b', 'B', 'G', 'Z', 'z', 'R', 'X' -> throw new Unbounded();
            default -> {
                // \d, \s, \w, \., \- and friends: one character
            }
        }
    }

    private void expect(char c) {
        if (pos >= regex.length() || regex.charAt(pos) != c) {
            throw new Unbounded();
        }
        pos++;
    }
}
