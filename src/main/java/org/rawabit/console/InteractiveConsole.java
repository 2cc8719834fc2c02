package org.rawabit.console;

import org.rawabit.query.NamedQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.rawabit.query.ResultFormat;
import org.rawabit.rdf.Vocab;

/**
 * The console on a terminal, with JLine: line editing, a history file kept across sessions,
 * multi-line queries (Enter continues the query until it ends with {@code ;} or an empty line
 * follows a complete query) and Tab completion of commands, prefixes, query names and parameters.
 */
public final class InteractiveConsole {
    private static final List<String> KEYWORDS = List.of("SELECT", "DISTINCT", "WHERE", "GRAPH", "OPTIONAL", "FILTER",
            "UNION", "MINUS", "BIND", "VALUES", "GROUP BY", "ORDER BY", "HAVING", "LIMIT", "OFFSET", "ASK", "CONSTRUCT",
            "DESCRIBE", "COUNT", "SAMPLE", "GROUP_CONCAT", "CONTAINS", "STRSTARTS", "REGEX", "LANG", "LANGMATCHES", "STR",
            "NOT EXISTS", "EXISTS", "DESC", "ASC", "SERVICE");

    /** Classes and properties of the RDF contract, offered after a prefix. */
    private static final List<String> TERMS = List.of("schema:Person", "schema:Organization", "schema:Place", "schema:Event",
            "schema:NewsArticle", "schema:headline", "schema:datePublished", "schema:mentions", "schema:organizer",
            "schema:locationCreated", "rdfs:label", "skos:altLabel", "owl:sameAs", "rdf:type", "nif:anchorOf", "nif:beginIndex",
            "nif:endIndex", "nif:referenceContext", "nif:isString", "nif:sentence", "nif:Sentence", "nif:Context",
            "itsrdf:taIdentRef", "itsrdf:taClassRef", "rw:mentionType", "rw:nameKey", "rw:context", "rw:articleId",
            "rw:sourceName", "rw:dateline", "rw:confidence", "rw:foundBy", "org:Post", "org:holds", "org:postIn");

    private InteractiveConsole() {}

    /** Runs the read–eval–print loop until \quit or Ctrl-D. Returns the number of failed statements. */
    public static int run(Console console, Terminal terminal, Path historyFile) throws IOException {
        if (historyFile != null && historyFile.getParent() != null) Files.createDirectories(historyFile.getParent());
        // Some pseudo-terminals (script(1) with piped input, serial lines) report no size: editing needs one.
        if (terminal.getWidth() <= 0 || terminal.getHeight() <= 0) terminal.setSize(new org.jline.terminal.Size(100, 40));
        LineReaderBuilder b = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("rawabit")
                .parser(new SparqlParser())
                .completer(new ConsoleCompleter(console))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%P    …> ")
                .variable(LineReader.HISTORY_SIZE, 2000)
                .variable(LineReader.HISTORY_FILE_SIZE, 5000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // '!' is SPARQL's "not"
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .option(LineReader.Option.INSERT_BRACKET, false)
                .option(LineReader.Option.AUTO_FRESH_LINE, true);
        if (historyFile != null) b.variable(LineReader.HISTORY_FILE, historyFile);
        LineReader reader = b.build();
        // JLine's close-bracket widgets re-indent the line and eat the space before '}'; plain typing is wanted.
        for (String close : List.of("}", ")", "]")) {
            reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(LineReader.SELF_INSERT), close);
        }

        terminal.handle(Terminal.Signal.INT, new Terminal.SignalHandler() {
            private long last;

            @Override
            public void handle(Terminal.Signal signal) {
                if (!console.isRunning()) return;
                long now = System.currentTimeMillis();
                if (now - last < 3000) {
                    terminal.writer().println();
                    terminal.writer().flush();
                    Runtime.getRuntime().halt(130);
                }
                last = now;
                terminal.writer().println("\nthe query stops at the " + console.timeoutMillis() / 1000.0
                        + " s timeout; press Ctrl-C again to leave the console");
                terminal.writer().flush();
            }
        });

        terminal.writer().println("Rawabit SPARQL console. End a query with ';' (or an empty line); an unfinished one continues at '…>' "
                + "(\\reset discards it); \\help for commands, \\quit to leave.");
        terminal.writer().flush();
        try {
            while (true) {
                String line;
                try {
                    line = reader.readLine("rawabit> ");
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C clears the line
                } catch (EndOfFileException e) {
                    break;
                }
                if (!console.execute(line)) break;
            }
        } finally {
            reader.getHistory().save();
        }
        return console.failures();
    }

    /** Tells JLine whether Enter ends the input or continues it on a new line. */
    static final class SparqlParser extends DefaultParser {
        SparqlParser() {
            setEscapeChars(new char[0]);
            setEofOnUnclosedQuote(false);
            setQuoteChars(new char[] {'"', '\''});
        }

        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE && !complete(line)) {
                throw new EOFError(-1, -1, "query continues", "query");
            }
            return super.parse(line, cursor, context);
        }

        static boolean complete(String text) {
            if (SparqlInput.isBlank(text)) return true;
            if (text.strip().startsWith("\\")) return true;
            if (SparqlInput.statementEnd(text) >= 0) return true;
            int lastNl = text.lastIndexOf('\n');
            String lastLine = lastNl < 0 ? text : text.substring(lastNl + 1);
            if (lastLine.strip().startsWith("\\")) return true; // a command ends the query above it
            return lastNl >= 0 && lastLine.isBlank() && SparqlInput.completeAtBlankLine(text);
        }
    }

    /** Completes commands, named queries and their parameters, formats, file names, prefixes and keywords. */
    static final class ConsoleCompleter implements Completer {
        private final Console console;

        ConsoleCompleter(Console console) {
            this.console = console;
        }

        @Override
        public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
            List<String> words = line.words();
            int idx = line.wordIndex();
            String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
            boolean command = !words.isEmpty() && words.get(0).startsWith("\\") && line.line().strip().startsWith("\\");
            if (command && idx == 0) {
                for (String c : Console.COMMANDS.keySet()) candidates.add(new Candidate(c, c, "commands", null, null, null, true));
                return;
            }
            if (command) {
                String cmd = words.get(0).toLowerCase(Locale.ROOT);
                switch (cmd) {
                    case "\\run", "\\r" -> {
                        if (idx == 1) {
                            for (NamedQuery q : console.queries().all()) {
                                candidates.add(new Candidate(q.name(), q.name(), "queries", q.description().isEmpty() ? null : q.description(), null, null, true));
                            }
                        } else {
                            console.queries().get(words.get(1)).ifPresent(q -> q.params().forEach(p -> candidates.add(
                                    new Candidate(p.name() + "=", p.name() + "=", "parameters", p.typeName(), null, null, false))));
                        }
                    }
                    case "\\format", "\\f" -> {
                        for (ResultFormat f : ResultFormat.values()) candidates.add(new Candidate(f.name()));
                    }
                    case "\\save", "\\s" -> files(word, candidates);
                    default -> { }
                }
                return;
            }
            // Inside a query: prefixes (without a trailing space, so the local name can follow) and keywords.
            for (String p : Vocab.QUERY_PREFIXES.keySet()) {
                candidates.add(new Candidate(p + ":", p + ":", "prefixes", Vocab.QUERY_PREFIXES.get(p), null, null, false));
            }
            if (!word.contains(":") && !word.startsWith("?")) {
                for (String k : KEYWORDS) candidates.add(new Candidate(k, k, "keywords", null, null, null, true));
            }
            // Terms of the project's RDF contract after their prefix.
            if (word.contains(":")) {
                for (String t : TERMS) candidates.add(new Candidate(t, t, "terms", null, null, null, true));
            }
        }

        /** File names for \\save: the entries of the folder typed so far. */
        private static void files(String word, List<Candidate> candidates) {
            int slash = word.lastIndexOf('/');
            String dirPart = slash < 0 ? "" : word.substring(0, slash + 1);
            Path dir = Path.of(dirPart.isEmpty() ? "." : dirPart.replaceFirst("^~(?=/)", System.getProperty("user.home")));
            try (var entries = Files.list(dir)) {
                entries.limit(500).forEach(p -> {
                    boolean folder = Files.isDirectory(p);
                    String v = dirPart + p.getFileName() + (folder ? "/" : "");
                    candidates.add(new Candidate(v, p.getFileName() + (folder ? "/" : ""), null, null, null, null, !folder));
                });
            } catch (IOException | RuntimeException ignored) {
                // nothing to offer
            }
        }
    }
}
