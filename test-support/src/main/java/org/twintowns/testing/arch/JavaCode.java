package org.twintowns.testing.arch;

/** Java source text reduced to its code, for rules that look for names in it. */
final class JavaCode {

    private JavaCode() {
    }

    /**
     * The source with comments, string and character literals and text blocks blanked out (line
     * ends kept), so that a name in Javadoc or in a message does not count as a use.
     */
    static String withoutCommentsAndLiterals(String source) {
        return reduced(source, false);
    }

    /**
     * The source with comments blanked out (line ends kept), its string literals and text blocks as they are: for
     * rules on the SQL in them, so that SQL quoted in Javadoc does not count.
     */
    static String withoutComments(String source) {
        return reduced(source, true);
    }

    private static String reduced(String source, boolean keepLiterals) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = blankUntil(source, i, source.indexOf('\n', i), code, 0);
            } else if (source.startsWith("/*", i)) {
                i = blankUntil(source, i, source.indexOf("*/", i + 2), code, 2);
            } else if (source.startsWith("\"\"\"", i)) {
                i = literal(source, i, closing(source, i + 3, "\"\"\""), code, 3, keepLiterals);
            } else if (c == '"' || c == '\'') {
                i = literal(source, i, closing(source, i + 1, String.valueOf(c)), code, 1, keepLiterals);
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    /** A literal from {@code start} to its closing {@code end}, kept or blanked; returns where to go on. */
    private static int literal(String source, int start, int end, StringBuilder code, int endLength, boolean keep) {
        if (!keep) {
            return blankUntil(source, start, end, code, endLength);
        }
        int stop = end < 0 ? source.length() : end + endLength;
        code.append(source, start, stop);
        return stop;
    }

    /** The index of the unescaped {@code end} from {@code from} on, or -1. */
    private static int closing(String source, int from, String end) {
        for (int i = from; i < source.length(); i++) {
            if (source.charAt(i) == '\\') {
                i++;
            } else if (source.startsWith(end, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Blanks {@code [start, end + endLength)}, or to the end of the source when end is -1; returns where to go on. */
    private static int blankUntil(String source, int start, int end, StringBuilder code, int endLength) {
        int stop = end < 0 ? source.length() : end + endLength;
        for (int i = start; i < stop; i++) {
            code.append(source.charAt(i) == '\n' ? '\n' : ' ');
        }
        return stop;
    }
}
