package org.rawabit.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.rawabit.console.Console;
import org.rawabit.console.InteractiveConsole;
import org.rawabit.query.NamedQueries;
import org.rawabit.query.ResultFormat;
import org.rawabit.store.RawabitStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"Interactive SPARQL console on a store (read-only).",
                "A query runs when it ends with ';' (or at an empty line once it is complete); lines starting with '\\' are",
                "commands: \\run NAME key=value, \\format, \\save FILE, \\explain, \\timeout, \\help, \\quit.",
                "With piped input it runs every query and exits: 0 when all succeeded, 1 when some failed."},
        footer = {"", "Example: echo 'SELECT ?e ?l WHERE { ?e a schema:Person ; rdfs:label ?l } LIMIT 5;' | rawabit console"})
final class ConsoleCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "table", description = "Initial result format: table, csv, tsv, json or xml (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Stop queries after this long (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries", description = "Folder of named .rq queries for \\run (default: ${DEFAULT-VALUE}).")
    Path queriesDir;

    @Option(names = "--history", paramLabel = "FILE", description = "History file (default: $RAWABIT_HISTORY or ~/.rawabit_history).")
    Path history;

    @Option(names = "--batch", description = "Read standard input as a script even when it is a terminal.")
    boolean batch;

    @Override
    public Integer call() throws Exception {
        if (!(timeoutSeconds > 0)) throw new UserError("--timeout must be more than 0 seconds");
        NamedQueries queries = NamedQueries.load(queriesDir);
        boolean interactive = !batch && System.console() != null;
        // UTF-8 whatever the platform default: bytes pass through System.out unchanged.
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        try (RawabitStore s = RawabitStore.open(store.db, false)) {
            Console console = new Console(s.dataset(), queries, format, (long) (timeoutSeconds * 1000), out, err, interactive);
            if (interactive) {
                for (String p : queries.problems()) err.println("warning: " + p);
                try (Terminal terminal = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build()) {
                    InteractiveConsole.run(console, terminal, historyFile());
                }
                return ExitCodes.OK;
            }
            int failures = console.runPiped(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
            out.flush();
            return failures == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        }
    }

    private Path historyFile() {
        if (history != null) return history;
        String env = System.getenv("RAWABIT_HISTORY");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".rawabit_history");
    }
}
