package org.rawabit.console;

import org.rawabit.query.NamedQueries;
import org.rawabit.query.NamedQuery;
import org.rawabit.query.SparqlSyntax;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.rawabit.query.QueryRunner;
import org.rawabit.query.ResultFormat;
import org.rawabit.rdf.Vocab;

/**
 * The SPARQL console: reads queries and backslash commands, runs them against the store and
 * prints results. The same logic serves the interactive terminal ({@link InteractiveConsole}) and
 * piped input ({@link #runPiped}); a failing query never ends the session.
 */
public final class Console {
    /** Commands, with their one-line help, in the order {@code \help} lists them. */
    public static final Map<String, String> COMMANDS = commands();

    private static Map<String, String> commands() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("\\run", "\\run NAME key=value …   run a query from the queries folder with parameters");
        m.put("\\queries", "\\queries                 list the named queries and their parameters");
        m.put("\\format", "\\format table|csv|tsv|json|xml   how results are shown");
        m.put("\\save", "\\save FILE               write the last result to FILE (format from .csv/.tsv/.json/.xml/.txt/.ttl)");
        m.put("\\explain", "\\explain [QUERY]         show the SPARQL algebra and the optimised plan (of the last query)");
        m.put("\\timeout", "\\timeout SECONDS         stop queries that run longer (now: %s s)");
        m.put("\\reset", "\\reset                   discard the query being typed (e.g. one with an unclosed '{')");
        m.put("\\prefixes", "\\prefixes                list the predeclared prefixes");
        m.put("\\help", "\\help                    this help");
        m.put("\\quit", "\\quit                    leave (also \\q or Ctrl-D)");
        return m;
    }

    private final Dataset dataset;
    private final NamedQueries queries;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;
    private ResultFormat format;
    private long timeoutMillis;
    private String lastQuery;
    private int failures;
    private volatile boolean running;

    public Console(Dataset dataset, NamedQueries queries, ResultFormat format, long timeoutMillis,
                   PrintStream out, PrintStream err, boolean interactive) {
        this.dataset = dataset;
        this.queries = queries;
        this.format = format;
        this.timeoutMillis = timeoutMillis;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    public NamedQueries queries() {
        return queries;
    }

    public ResultFormat format() {
        return format;
    }

    public long timeoutMillis() {
        return timeoutMillis;
    }

    /** Number of queries and commands that failed so far. */
    public int failures() {
        return failures;
    }

    /** True while a query runs (the terminal uses it to explain Ctrl-C). */
    public boolean isRunning() {
        return running;
    }

    /**
     * Reads statements from non-interactive input until its end: queries end at a top-level
     * {@code ;}, at an empty line after a complete query, or at the end of input; lines starting
     * with {@code \} are commands. Returns the number of failures.
     */
    public int runPiped(BufferedReader in) throws IOException {
        StringBuilder buf = new StringBuilder();
        int lineNo = 0;
        int start = 1;
        boolean afterBlank = true;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            boolean blankLine = line.isBlank();
            if (line.strip().startsWith("\\")) {
                // A command ends the query above it: an unfinished one is reported (or dropped by \reset), never swallowed.
                if (!SparqlInput.isBlank(buf) && !isReset(line)) finishPiped(buf.toString(), start, "the command at input line " + lineNo);
                buf.setLength(0);
                if (!command(line.strip(), lineNo)) return failures;
                start = lineNo + 1;
                afterBlank = false;
                continue;
            }
            if (!SparqlInput.isBlank(buf) && !SparqlInput.isBalanced(buf) && startsQuery(line, afterBlank)) {
                finishPiped(buf.toString(), start, "a new query at input line " + lineNo);
                buf.setLength(0);
            }
            afterBlank = blankLine;
            if (SparqlInput.isBlank(buf)) {
                buf.setLength(0);
                start = lineNo;
            }
            buf.append(line).append('\n');
            int end;
            while ((end = SparqlInput.statementEnd(buf)) >= 0) {
                String stmt = buf.substring(0, end);
                buf.delete(0, end + 1);
                if (!SparqlInput.isBlank(stmt)) query(stmt, start);
                start = lineNo;
            }
            if (blankLine && SparqlInput.completeAtBlankLine(buf.toString())) {
                query(buf.toString(), start);
                buf.setLength(0);
            }
        }
        if (!SparqlInput.isBlank(buf)) finishPiped(buf.toString(), start, "the end of the input");
        return failures;
    }

    /** Runs a query cut short by {@code cutBy}, or reports its unclosed bracket instead of a parser message. */
    private void finishPiped(String text, int start, String cutBy) {
        Optional<String> unclosed = SparqlInput.unclosed(text);
        if (unclosed.isPresent()) {
            fail(start, "unfinished query: " + unclosed.get() + " of the query before " + cutBy + "; it was not run");
        } else {
            query(text, start);
        }
    }

    private static final Pattern QUERY_START = Pattern.compile("(?i)^(PREFIX|BASE)\\s|^(SELECT|ASK|CONSTRUCT|DESCRIBE)\\b");

    /**
     * Whether {@code line} begins a new query although the one above is unfinished: PREFIX or BASE
     * at the start of a line (never inside braces), or a query form at the start of a line after an
     * empty line (a sub-query is indented or follows its brace directly).
     */
    static boolean startsQuery(String line, boolean afterBlank) {
        Matcher m = QUERY_START.matcher(line);
        return m.find() && (m.group(1) != null || afterBlank);
    }

    private static boolean isReset(String line) {
        return line.strip().toLowerCase(Locale.ROOT).matches("\\\\reset\\b.*");
    }

    /**
     * Runs one complete input: a backslash command or a query (a trailing {@code ;} is allowed).
     * Returns false when the user asked to leave.
     */
    public boolean execute(String input) {
        String s = input.strip();
        if (s.isEmpty() || SparqlInput.isBlank(s)) return true;
        if (s.startsWith("\\")) return command(s, 0);
        int lastNl = s.lastIndexOf('\n');
        if (lastNl > 0 && isReset(s.substring(lastNl + 1))) {
            out.println("query discarded");
            out.flush();
            return true;
        }
        if (lastNl > 0 && s.substring(lastNl + 1).strip().startsWith("\\")) {
            // A command typed below an unfinished query: run the query as it stands, then the command.
            execute(s.substring(0, lastNl));
            return command(s.substring(lastNl + 1).strip(), 0);
        }
        int end;
        String rest = input;
        while ((end = SparqlInput.statementEnd(rest)) >= 0) {
            String stmt = rest.substring(0, end);
            if (!SparqlInput.isBlank(stmt)) query(stmt, 0);
            rest = rest.substring(end + 1);
        }
        if (!SparqlInput.isBlank(rest)) query(rest, 0);
        return true;
    }

    // ---- queries

    /** Tables isolate cells with bidi marks only on a terminal; a timeout points at {@code \\timeout}. */
    private QueryRunner runner() {
        return new QueryRunner(dataset, timeoutMillis).bidiIsolation(interactive).timeoutHint("\\timeout SECONDS");
    }

    private void query(String sparql, int inputLine) {
        if (run(sparql, inputLine)) lastQuery = sparql;
    }

    /** Runs {@code sparql} to the output; reports problems and counts them. */
    private boolean run(String sparql, int inputLine) {
        long t0 = System.nanoTime();
        running = true;
        try {
            SparqlSyntax.parse(sparql); // the console's own, more precise syntax messages
            OutputStream o = nonClosing(out);
            long n = runner().run(sparql, format, o);
            o.flush();
            if (interactive) {
                out.printf("(%s in %.2f s)%n", n == 1 ? "1 result" : n + " results", (System.nanoTime() - t0) / 1e9);
            }
            return true;
        } catch (QueryRunner.QueryProblem e) {
            fail(inputLine, e.getMessage());
            // A query that parsed but failed (e.g. timed out) can still be explained or saved later.
            return !e.getMessage().startsWith("syntax error");
        } catch (IOException | RuntimeException e) {
            fail(inputLine, "query failed: " + oneLine(e));
            return false;
        } finally {
            running = false;
        }
    }

    private static final Pattern SYNTAX = Pattern.compile("^syntax error at line (\\d+), column (\\d+)");

    private void fail(int inputLine, String message) {
        failures++;
        String where = "";
        if (inputLine > 0) {
            Matcher m = SYNTAX.matcher(message);
            where = m.find() ? " (input line " + (inputLine + Integer.parseInt(m.group(1)) - 1) + ")"
                    : " (input line " + inputLine + ")";
        }
        err.println((interactive ? "error: " : "rawabit: ") + message + where);
        err.flush();
    }

    // ---- commands

    private boolean command(String line, int inputLine) {
        List<String> words;
        try {
            words = words(line);
        } catch (IllegalArgumentException e) {
            fail(inputLine, e.getMessage());
            return true;
        }
        String cmd = words.get(0).toLowerCase(Locale.ROOT);
        List<String> args = words.subList(1, words.size());
        switch (cmd) {
            case "\\q", "\\quit", "\\exit" -> {
                return false;
            }
            case "\\help", "\\h", "\\?" -> help();
            case "\\format", "\\f" -> setFormat(args, inputLine);
            case "\\timeout" -> setTimeout(args, inputLine);
            case "\\reset" -> {
                if (interactive) out.println("nothing to discard");
            }
            case "\\prefixes" -> Vocab.QUERY_PREFIXES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.printf("PREFIX %-8s <%s>%n", e.getKey() + ":", e.getValue()));
            case "\\queries", "\\list" -> listQueries();
            case "\\run", "\\r" -> runNamed(args, inputLine);
            case "\\save", "\\s" -> save(args, inputLine);
            case "\\explain", "\\e" -> explain(line.strip().replaceFirst("^\\S+\\s*", ""), inputLine);
            default -> fail(inputLine, "unknown command " + words.get(0) + " (\\help lists the commands)");
        }
        out.flush();
        return true;
    }

    private void help() {
        out.println("Type a SPARQL query; it runs at a ';' or at an empty line once it is complete.");
        out.println("Prefixes " + String.join(", ", Vocab.QUERY_PREFIXES.keySet().stream().sorted().toList()) + " are predeclared;");
        out.println("the default graph is the union of all documents (GRAPH ?g { … } reaches one document).");
        out.println("Tab completes commands, prefixes and query names. Commands:");
        for (String h : COMMANDS.values()) out.println("  " + h.formatted(timeoutMillis / 1000.0));
        out.println("Format now: " + format + "; queries folder: " + queries.dir().toAbsolutePath().normalize()
                + " (" + queries.all().size() + " queries)");
    }

    private void setFormat(List<String> args, int inputLine) {
        if (args.size() != 1) {
            out.println("format: " + format + " (choose table, csv, tsv, json or xml)");
            return;
        }
        try {
            format = ResultFormat.valueOf(args.get(0).toLowerCase(Locale.ROOT));
            if (interactive) out.println("format: " + format);
        } catch (IllegalArgumentException e) {
            fail(inputLine, "unknown format '" + args.get(0) + "' (choose table, csv, tsv, json or xml)");
        }
    }

    private void setTimeout(List<String> args, int inputLine) {
        if (args.size() != 1) {
            out.println("timeout: " + timeoutMillis / 1000.0 + " s");
            return;
        }
        try {
            double s = Double.parseDouble(args.get(0));
            if (!(s > 0) || s > 86_400) throw new NumberFormatException();
            timeoutMillis = Math.max(1, (long) (s * 1000));
            if (interactive) out.println("timeout: " + timeoutMillis / 1000.0 + " s");
        } catch (NumberFormatException e) {
            fail(inputLine, "timeout must be a number of seconds between 0 and 86400, not '" + args.get(0) + "'");
        }
    }

    private void listQueries() {
        for (String p : queries.problems()) err.println("warning: " + p);
        if (queries.all().isEmpty()) {
            out.println("no named queries in " + queries.dir().toAbsolutePath().normalize() + " (add NAME.rq files there)");
            return;
        }
        for (NamedQuery q : queries.all()) {
            out.println(q.usage());
            if (!q.description().isEmpty()) out.println("    " + q.description());
            for (NamedQuery.Param p : q.params()) {
                out.println("    " + p.name() + " (" + p.typeName() + ")" + (p.description().isEmpty() ? "" : ": " + p.description()));
            }
        }
    }

    private void runNamed(List<String> args, int inputLine) {
        if (args.isEmpty()) {
            fail(inputLine, "usage: \\run NAME key=value … (\\queries lists the names)");
            return;
        }
        Optional<NamedQuery> q = queries.get(args.get(0));
        if (q.isEmpty()) {
            fail(inputLine, "no query named '" + args.get(0) + "' in " + queries.dir()
                    + (queries.all().isEmpty() ? "" : " (known: " + String.join(", ", queries.all().stream().map(NamedQuery::name).toList()) + ")"));
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String a : args.subList(1, args.size())) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                fail(inputLine, "expected key=value, not '" + a + "'");
                return;
            }
            values.put(a.substring(0, eq).replaceFirst("^[?$]", ""), a.substring(eq + 1));
        }
        String sparql;
        try {
            sparql = NamedQueries.bind(q.get(), values);
        } catch (IllegalArgumentException e) {
            fail(inputLine, e.getMessage());
            return;
        }
        if (run(sparql, 0)) lastQuery = sparql;
    }

    private void save(List<String> args, int inputLine) {
        if (args.size() != 1) {
            fail(inputLine, "usage: \\save FILE");
            return;
        }
        if (lastQuery == null) {
            fail(inputLine, "nothing to save yet: run a query first");
            return;
        }
        Path file = Path.of(args.get(0).replaceFirst("^~(?=/)", System.getProperty("user.home")));
        ResultFormat f = formatFor(file).orElse(format);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            fail(inputLine, "folder does not exist: " + parent);
            return;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try {
            long n;
            try (OutputStream o = Files.newOutputStream(tmp)) {
                n = runner().bidiIsolation(false).run(lastQuery, f, o);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            out.println("saved " + n + (n == 1 ? " result" : " results") + " as " + f + " to " + file);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort
            }
            fail(inputLine, "could not save to " + file + ": " + oneLine(e));
        }
    }

    static Optional<ResultFormat> formatFor(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) return Optional.of(ResultFormat.csv);
        if (n.endsWith(".tsv")) return Optional.of(ResultFormat.tsv);
        if (n.endsWith(".json") || n.endsWith(".srj") || n.endsWith(".jsonld")) return Optional.of(ResultFormat.json);
        if (n.endsWith(".xml") || n.endsWith(".srx")) return Optional.of(ResultFormat.xml);
        if (n.endsWith(".txt") || n.endsWith(".ttl")) return Optional.of(ResultFormat.table);
        return Optional.empty();
    }

    private void explain(String given, int inputLine) {
        String text = given.isBlank() ? lastQuery : given.replaceFirst(";\\s*$", "");
        if (text == null) {
            fail(inputLine, "nothing to explain: run a query first or give one (\\explain SELECT …)");
            return;
        }
        try {
            Query q = SparqlSyntax.parse(text);
            PrefixMapping pm = Vocab.prefixMapping();
            Op op = Algebra.compile(q);
            out.println("-- SPARQL algebra");
            out.print(algebra(op, pm));
            // TDB2 evaluates in quad form over the union graph; ARQ's optimiser rewrites it first.
            Op quads = Algebra.optimize(Algebra.toQuadForm(op));
            out.println("-- optimised quad-form plan (TDB2 further reorders basic patterns by its statistics)");
            out.print(algebra(quads, pm));
        } catch (QueryRunner.QueryProblem e) {
            fail(inputLine, e.getMessage());
        } catch (RuntimeException e) {
            fail(inputLine, "cannot explain: " + oneLine(e));
        }
    }

    /** The algebra with prefixed names, without repeating the prefix declarations. */
    private static String algebra(Op op, PrefixMapping pm) {
        org.apache.jena.atlas.io.IndentedLineBuffer b = new org.apache.jena.atlas.io.IndentedLineBuffer();
        org.apache.jena.sparql.sse.writers.WriterOp.outputNoPrologue(b, op, new org.apache.jena.sparql.serializer.SerializationContext(pm));
        String s = b.asString();
        return s.endsWith("\n") ? s : s + "\n";
    }

    /** Splits a command line into words; "…" and '…' keep spaces, e.g. {@code name="عبد اللطيف حموشي"}. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == quote) w.append(line.charAt(++i));
                else w.append(c);
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) out.add(w.toString());
                w.setLength(0);
                inWord = false;
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (quote != 0) throw new IllegalArgumentException("unclosed quote in: " + line);
        if (inWord) out.add(w.toString());
        return out;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    private static OutputStream nonClosing(PrintStream target) {
        return new java.io.FilterOutputStream(target) {
            @Override
            public void write(byte[] b, int off, int len) {
                target.write(b, off, len);
            }

            @Override
            public void close() {
                target.flush();
            }
        };
    }
}
