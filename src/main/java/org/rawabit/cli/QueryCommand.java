package org.rawabit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rawabit.query.NamedQueries;
import org.rawabit.query.QueryRunner;
import org.rawabit.query.ResultFormat;
import org.rawabit.store.RawabitStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query (text, or a .rq file) against a store.",
                "Prefixes rw, rwid, rwdoc, schema, nif, itsrdf, prov, skos, org, wd, owl, rdfs, rdf, xsd are predeclared;",
                "the default graph is the union of all documents."})
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "QUERY|FILE.rq", description = "SPARQL text, or a file holding it ('-' reads standard input).")
    String query;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv, json or xml (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Stop the query after this long (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--out", paramLabel = "FILE", description = "Write results to FILE instead of standard output.")
    Path outFile;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Bind a parameter of a .rq file (see its '@param' header; defaults apply otherwise). Repeatable.")
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        String sparql = readQuery(query);
        if (query.endsWith(".rq")) {
            try {
                sparql = NamedQueries.bind(NamedQueries.read(Path.of(query)), params);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        } else if (!params.isEmpty()) {
            throw new UserError("--param needs a .rq file whose header declares the parameters");
        }
        try (RawabitStore s = RawabitStore.open(store.db, false)) {
            QueryRunner runner = new QueryRunner(s.dataset(), (long) (timeoutSeconds * 1000));
            try (OutputStream out = outFile == null ? nonClosing(System.out) : Files.newOutputStream(outFile)) {
                runner.run(sparql, format, out);
            } catch (QueryRunner.QueryProblem e) {
                throw new UserError(e.getMessage());
            }
        }
        return ExitCodes.OK;
    }

    static String readQuery(String arg) throws IOException {
        if (arg.equals("-")) return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        Path p = Path.of(arg.length() < 4096 && !arg.contains("\n") ? arg : ".");
        if (arg.endsWith(".rq") || arg.endsWith(".sparql")) {
            if (!Files.isReadable(p)) throw new UserError("query file not found: " + arg);
            return Files.readString(p, StandardCharsets.UTF_8);
        }
        if (!arg.contains(" ") && Files.isRegularFile(p)) return Files.readString(p, StandardCharsets.UTF_8);
        return arg;
    }

    static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
