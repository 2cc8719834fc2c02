package org.rawabit.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.rawabit.core.Vocab;

/**
 * Parses console input with the project prefixes and turns Jena's parser messages into one line
 * that names the line and column of the offending token in the user's own text, e.g.
 * {@code syntax error at line 3, column 9: unexpected '}'}.
 */
public final class SparqlSyntax {
    private SparqlSyntax() {}

    private static final Pattern AT = Pattern.compile("(?i)\\bline (\\d+), column (\\d+)");
    /** JavaCC's {@code Encountered " KIND "IMAGE "" at line…}. */
    private static final Pattern ENCOUNTERED = Pattern.compile("(?s)^Encountered\\s+\"\\s*(\\S+)\\s+\"(.*?)\\s*\"\"");

    /** The parsed query, or a {@link QueryRunner.QueryProblem} with a readable one-line message. */
    public static Query parse(String text) {
        String prologue = Vocab.sparqlPrologue();
        int prologueLines = (int) prologue.chars().filter(c -> c == '\n').count();
        try {
            return QueryFactory.create(prologue + text);
        } catch (QueryParseException e) {
            throw new QueryRunner.QueryProblem(describe(e, prologueLines));
        }
    }

    static String describe(QueryParseException e, int prologueLines) {
        String msg = e.getMessage() == null ? "" : e.getMessage().strip();
        int line = e.getLine(), col = e.getColumn();
        Matcher at = AT.matcher(msg);
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            col = Integer.parseInt(at.group(2));
        }
        line -= prologueLines;
        String what;
        Matcher enc = ENCOUNTERED.matcher(msg);
        if (msg.startsWith("Encountered \"<EOF>\"") || msg.startsWith("Encountered <EOF>")) {
            what = "the query ends before it is complete (missing '}' or clause?)";
        } else if (enc.find()) {
            what = "unexpected '" + enc.group(2) + "'";
            String expecting = msg.contains("Was expecting:") ? msg.substring(msg.indexOf("Was expecting:") + 14).strip().lines().findFirst().orElse("") : "";
            if (!expecting.isEmpty() && !msg.contains("Was expecting one of")) what += ", expected " + expecting.replace(" ...", "");
        } else if (msg.startsWith("Lexical error")) {
            boolean inString = msg.contains("after prefix \"\\\"") || msg.contains("after prefix \"'");
            if (inString) what = "unclosed string";
            else if (msg.contains("<EOF>")) what = "the query ends inside a string or IRI";
            else what = "unexpected character" + msg.replaceFirst("(?s).*Encountered: ", " ").replaceFirst(" \\(\\d+\\),.*", "").lines().findFirst().orElse("");
        } else {
            // e.g. "Line 16, column 22: Unresolved prefixed name: foo:y"
            what = msg.replaceFirst("(?i)^line \\d+, column \\d+:\\s*", "").lines().findFirst().orElse(msg);
        }
        if (line < 1) return "syntax error: " + what;
        return "syntax error at line " + line + ", column " + col + ": " + what;
    }
}
