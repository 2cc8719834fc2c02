package org.rawabit.console;

import java.util.Optional;
import org.rawabit.query.QueryRunner;
import org.rawabit.query.SparqlSyntax;

/**
 * Decides where a query typed (or piped) into the console ends. A query ends at a {@code ;} that
 * stands outside any brackets, string, IRI or comment (a {@code ;} inside {@code { … }} is SPARQL's
 * own predicate-list separator), or at an empty line once the text above it is a complete query.
 */
public final class SparqlInput {
    private SparqlInput() {}

    /** Index of the first {@code ;} that ends a statement, or -1. */
    public static int statementEnd(CharSequence text) {
        return scan(text).end;
    }

    /** True when {@code text} holds only white space and {@code #} comments. */
    public static boolean isBlank(CharSequence text) {
        return scan(text).blank;
    }

    /** True when brackets are balanced and no string or IRI is left open. */
    public static boolean isBalanced(CharSequence text) {
        Scan s = scan(text);
        return s.depth <= 0 && !s.open;
    }

    /**
     * Whether an empty line after {@code text} should run it: when it is a complete query, or a
     * query with an error before its end (so the error is shown rather than waiting for more). A
     * query that merely stops early (unclosed brackets or long string, missing WHERE clause) waits
     * for more lines.
     */
    public static boolean completeAtBlankLine(String text) {
        if (isBlank(text)) return false;
        try {
            SparqlSyntax.parse(text);
            return true;
        } catch (QueryRunner.QueryProblem e) {
            return !e.getMessage().contains("ends before it is complete") && !e.getMessage().contains("ends inside");
        }
    }

    /**
     * What keeps {@code text} from being complete, e.g. "'{' at line 2 is never closed", or empty
     * when its brackets are balanced and no string or IRI is left open.
     */
    public static Optional<String> unclosed(CharSequence text) {
        Scan s = scan(text);
        if (s.open) return Optional.of("a \"\"\" string is never closed");
        if (s.depth <= 0) return Optional.empty();
        int at = s.innermostOpen;
        int line = 1;
        for (int i = 0; i < at; i++) if (text.charAt(i) == '\n') line++;
        return Optional.of("'" + text.charAt(at) + "' at line " + line + " is never closed");
    }

    private record Scan(int end, int depth, boolean open, boolean blank, int innermostOpen) {
        Scan(int end, int depth, boolean open, boolean blank) {
            this(end, depth, open, blank, -1);
        }
    }

    private static Scan scan(CharSequence t) {
        int depth = 0;
        java.util.ArrayDeque<Integer> opened = new java.util.ArrayDeque<>();
        boolean blank = true;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '#') {
                while (i < n && t.charAt(i) != '\n') i++;
                continue;
            }
            if (!Character.isWhitespace(c)) blank = false;
            switch (c) {
                case '"', '\'' -> {
                    boolean longString = i + 2 < n && t.charAt(i + 1) == c && t.charAt(i + 2) == c;
                    int close = longString ? closeLong(t, i + 3, c) : closeShort(t, i + 1, c);
                    if (close < 0 && longString) return new Scan(-1, depth, true, false);
                    // A short string cannot span lines: an unclosed one ends at the line's end (the parser reports it).
                    i = close >= 0 ? close : lineEnd(t, i);
                }
                case '<' -> {
                    int close = closeIri(t, i + 1);
                    if (close > 0) i = close;
                }
                case '{', '(', '[' -> {
                    depth++;
                    opened.push(i);
                }
                case '}', ')', ']' -> {
                    depth--;
                    opened.poll();
                }
                case ';' -> {
                    if (depth <= 0) return new Scan(i, depth, false, false);
                }
                default -> { }
            }
        }
        return new Scan(-1, depth, false, blank, opened.isEmpty() ? -1 : opened.peek());
    }

    private static int lineEnd(CharSequence t, int from) {
        int i = from;
        while (i < t.length() && t.charAt(i) != '\n') i++;
        return i;
    }

    private static int closeShort(CharSequence t, int from, char quote) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\') i++;
            else if (c == quote) return i;
            else if (c == '\n') return -1;
        }
        return -1;
    }

    private static int closeLong(CharSequence t, int from, char quote) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\\') i++;
            else if (c == quote && i + 2 < t.length() && t.charAt(i + 1) == quote && t.charAt(i + 2) == quote) return i + 2;
        }
        return -1;
    }

    /** An IRI reference {@code <…>} has no spaces or quotes inside; otherwise {@code <} is "less than". */
    private static int closeIri(CharSequence t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '>') return i;
            if (Character.isWhitespace(c) || c == '<' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`') return -1;
        }
        return -1;
    }
}
