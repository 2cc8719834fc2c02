package org.rawabit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.serve.RawabitServer;
import org.rawabit.serve.ServicePolicy;
import org.rawabit.store.RawabitStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over HTTP with embedded Apache Jena Fuseki: SPARQL 1.1 query and Graph Store "
                + "Protocol (read) at /rawabit, the Fuseki UI at /, and the explorer page at /explore/.",
                "Safe by default: localhost only, read-only, a query timeout, no CORS.",
                "The server holds the store (TDB2 lets one process open it), so 'rawabit ingest' cannot write to it while it "
                + "runs: start the server with --update and POST articles to /rawabit/ingest instead; each is visible to the next query."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "TCP port, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "Interface to listen on; 0.0.0.0 for all (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--update", description = "Allow SPARQL Update, Graph Store writes and POST /rawabit/ingest.")
    boolean update;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Query timeout (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--cors", paramLabel = "ORIGINS", description = "Send CORS headers for these origins (comma-separated, or '*' for any); off by default.")
    String cors;

    @Option(names = "--allow-service", arity = "0..1", paramLabel = "ENDPOINTS", fallbackValue = "",
            description = "Let queries call SERVICE endpoints (federated queries): any http(s) endpoint, or only these (comma-separated IRIs). Off by default.")
    String allowService;

    @Option(names = "--update-token-file", paramLabel = "FILE",
            description = "With --update: writes need 'Authorization: Bearer TOKEN', TOKEN being this file's first line.")
    Path updateTokenFile;

    @Option(names = "--no-ui", description = "Do not serve the Fuseki UI.")
    boolean noUi;

    @Option(names = "--kb", paramLabel = "FILE", description = "Extra knowledge-base CSV for ingest (repeatable), as for 'rawabit ingest'.")
    List<Path> kbFiles = new ArrayList<>();

    @Override
    public Integer call() throws org.rawabit.read.InputProblem {
        org.rawabit.ner.PrecisionGate gate = extraction.gate();
        if (!(timeoutSeconds > 0)) throw new UserError("--timeout must be more than 0 seconds");
        if (port < 0 || port > 65535) throw new UserError("--port must be between 0 and 65535");
        if (updateTokenFile != null && !update) throw new UserError("--update-token-file needs --update");
        PrintWriter out = spec.commandLine().getOut();
        KnowledgeBase kb = KnowledgeBase.withUserFiles(kbFiles);
        RawabitStore s = RawabitStore.open(store.db, false);
        RawabitServer.Settings settings = new RawabitServer.Settings(host, port, update, (long) (timeoutSeconds * 1000), cors, !noUi,
                servicePolicy(allowService), updateToken());
        RawabitServer server;
        try {
            server = RawabitServer.start(s, settings, () -> Pipelines.standard(kb, gate));
        } catch (RuntimeException e) {
            s.close();
            String msg = String.valueOf(e.getMessage());
            if (e instanceof IllegalArgumentException) throw new UserError(msg);
            if (msg.contains("bind") || msg.contains("in use") || e.getCause() instanceof java.net.BindException) {
                throw new UserError("cannot listen on " + host + ":" + port + " (" + msg + "); is another server running? try --port");
            }
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
        }, "rawabit-serve-stop"));
        banner(out, server, store.db);
        server.join();
        return ExitCodes.OK;
    }

    static ServicePolicy servicePolicy(String allow) {
        if (allow == null) return ServicePolicy.off();
        List<String> endpoints = new ArrayList<>();
        for (String e : allow.split(",")) {
            String iri = e.strip();
            if (iri.isEmpty()) continue;
            if (!iri.startsWith("http://") && !iri.startsWith("https://")) {
                throw new UserError("--allow-service: '" + iri + "' is not an http or https endpoint");
            }
            endpoints.add(iri);
        }
        return new ServicePolicy(true, endpoints);
    }

    private String updateToken() {
        if (updateTokenFile == null) return null;
        try {
            String token = java.nio.file.Files.readAllLines(updateTokenFile).stream().findFirst().orElse("").strip();
            if (token.length() < 8) throw new UserError("--update-token-file " + updateTokenFile + ": the token (first line) needs at least 8 characters");
            return token;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new UserError("cannot read --update-token-file " + updateTokenFile + ": " + e.getMessage());
        }
    }

    static void banner(PrintWriter out, RawabitServer server, Path db) {
        RawabitServer.Settings st = server.settings();
        String ds = server.datasetUrl();
        out.printf("Rawabit is serving %s (%s%s, query timeout %s s%s, %s)%n", db, st.update() ? "read-write" : "read-only",
                st.updateToken() == null ? "" : " with a token", st.timeoutMillis() / 1000.0,
                st.corsOrigins() == null ? "" : ", CORS for " + st.corsOrigins(),
                !st.service().enabled() ? "SERVICE off" : st.service().endpoints().isEmpty() ? "SERVICE to any http(s) endpoint"
                        : "SERVICE to " + String.join(", ", st.service().endpoints()));
        out.println("  SPARQL endpoint  " + ds + "/sparql   (also " + ds + "/query; Graph Store read: " + ds + "/get?graph=IRI)");
        if (st.update()) {
            out.println("  SPARQL update    " + ds + "/update");
            out.println("  ingest           " + ds + "/ingest   (POST an article; see the curl line below)");
        }
        if (st.ui()) out.println("  Fuseki UI        " + server.baseUrl() + "/");
        out.println("  explorer         " + server.baseUrl() + "/explore/");
        out.println("Try:");
        out.println("  curl -s " + ds + "/sparql -H 'Accept: text/csv' --data-urlencode 'query=PREFIX schema: <http://schema.org/> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?person ?name WHERE { ?person a schema:Person ; rdfs:label ?name } LIMIT 10'");
        if (st.update()) {
            out.println("  curl -s " + ds + "/ingest?name=article-1.txt -H 'Content-Type: text/plain; charset=utf-8' --data-binary @article-1.txt");
        }
        if (!RawabitServer.isLoopbackHost(st.host())) {
            out.println("Warning: listening on " + st.host() + ", reachable from other machines; " + (st.updateToken() == null ? "there is no authentication." : "writes need the token."));
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}
