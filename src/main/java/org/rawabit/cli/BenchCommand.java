package org.rawabit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rawabit.bench.BenchCorpus;
import org.rawabit.bench.BenchReport;
import org.rawabit.bench.Benchmark;
import org.rawabit.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure Rawabit on this machine and print a Markdown table:",
                "bare CoreNLP vs the full pipeline (tokens/s, docs/s, ratio), ingest into TDB2 with 1 thread and with",
                "--threads (docs/s, triples/s, scaling), peak heap and RSS, model load time, cold start of 'query',",
                "concurrent SPARQL clients against 'serve' on loopback (latency percentiles, errors, a query cut by the timeout).",
                "The corpus is seeds/ repeated, or articles composed from ANERcorp sentences (--anercorp).",
                "Stores are temporary and deleted at the end. Close other work first: figures on a busy machine mean little."},
        footer = {"", "Examples:",
                "  ./rawabit bench                                  # seeds/ repeated to 200 documents, 1-3 minutes",
                "  ./rawabit bench --anercorp ../shared/anercorp/ANERCorp_CamelLab_train.conll --docs 100,1000,10000"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    ExtractionOptions extraction;

    @Option(names = "--docs", split = ",", paramLabel = "N[,N…]", defaultValue = "200",
            description = "Corpus sizes in documents (default: ${DEFAULT-VALUE}). Every measure runs on the first; the ingest runs on each, to show the cost per document by size.")
    List<Integer> docs = new ArrayList<>();

    @Option(names = "--anercorp", paramLabel = "FILE", description = "Compose articles from the sentences of this ANERcorp CoNLL file instead of repeating seeds/.")
    Path anercorp;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds", description = "Sample articles to repeat (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel ingest (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "50", description = "Documents processed before measuring (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--query-runs", paramLabel = "N", defaultValue = "3", description = "Cold starts of 'rawabit query' to time; 0 skips them (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--load-clients", paramLabel = "N", defaultValue = "8",
            description = "Concurrent SPARQL clients against the server on loopback; 0 skips the load test (default: ${DEFAULT-VALUE}).")
    int loadClients;

    @Option(names = "--load-queries", paramLabel = "N", defaultValue = "400", description = "Queries the clients send in all (default: ${DEFAULT-VALUE}).")
    int loadQueries;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "7", description = "Random seed for composing ANERcorp articles (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the Markdown table to FILE.")
    Path outFile;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (docs.isEmpty() || docs.stream().anyMatch(n -> n == null || n < 1)) throw new UserError("--docs takes sizes of at least 1, e.g. --docs 100,1000");
        if (threads < 1) throw new UserError("--threads must be at least 1");
        org.rawabit.ner.PrecisionGate gate = extraction.gate();
        if (warmUp < 0 || queryRuns < 0 || loadClients < 0 || loadQueries < 0) {
            throw new UserError("--warmup, --query-runs, --load-clients and --load-queries cannot be negative");
        }
        Benchmark.CorpusSource corpus;
        if (anercorp != null) {
            if (!Files.isRegularFile(anercorp)) throw new UserError("no ANERcorp file at " + anercorp);
            corpus = n -> BenchCorpus.anercorp(anercorp, n, seed);
        } else {
            if (!Files.isDirectory(seeds)) throw new UserError("no seeds folder at " + seeds.toAbsolutePath() + " (run from the project directory or pass --seeds DIR)");
            corpus = n -> BenchCorpus.seeds(seeds, n);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Benchmark.Settings settings = new Benchmark.Settings(List.copyOf(docs), threads, corpus, warmUp, queryRuns, launcher(),
                loadClients, loadQueries);
        Benchmark.Results results = new Benchmark(settings, () -> Pipelines.standard(KnowledgeBase.bundled(), gate), err).run();
        List<String> args = new ArrayList<>(spec.commandLine().getParseResult() == null ? List.of()
                : spec.commandLine().getParseResult().originalArgs());
        if (!args.isEmpty() && args.get(0).equals("bench")) args.remove(0);
        String command = ("./rawabit bench " + String.join(" ", args)).stripTrailing();
        String md = BenchReport.markdown(results, command, threads);
        out.print(md);
        out.flush();
        if (outFile != null) {
            Files.writeString(outFile, md, StandardCharsets.UTF_8);
            err.println("bench: table written to " + outFile);
        }
        return ExitCodes.OK;
    }

    /** How to start {@code rawabit} in a new JVM, the way {@code ./rawabit} does: the jar when running from it. */
    static List<String> launcher() {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        String opts = System.getenv("RAWABIT_JAVA_OPTS");
        for (String o : (opts == null || opts.isBlank() ? "-Xmx4g" : opts).trim().split("\\s+")) cmd.add(o);
        cmd.add("-Dfile.encoding=UTF-8");
        Path codeSource;
        try {
            codeSource = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            codeSource = null;
        }
        if (codeSource != null && codeSource.toString().endsWith(".jar")) {
            cmd.addAll(List.of("-jar", codeSource.toString()));
        } else {
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        }
        return cmd;
    }
}
