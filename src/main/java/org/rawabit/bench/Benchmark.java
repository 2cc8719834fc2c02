package org.rawabit.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.rawabit.analysis.CoreNlpAnalyser;
import org.rawabit.pipeline.Ingester;
import org.rawabit.pipeline.Pipeline;
import org.rawabit.read.Article;
import org.rawabit.read.ArticleCleaner;
import org.rawabit.read.InputProblem;
import org.rawabit.read.RawArticle;
import org.rawabit.serve.RawabitServer;
import org.rawabit.store.Compaction;
import org.rawabit.store.RawabitStore;

/**
 * One benchmark run: model load, bare CoreNLP against the full pipeline, ingest into TDB2 with one
 * thread and with several, cost per document by corpus size, peak memory, the cold start of
 * {@code rawabit query} in a new JVM, and concurrent SPARQL clients against the server on loopback. Everything runs in this JVM except the cold start; temporary
 * stores live under one temporary folder that is deleted at the end.
 */
public final class Benchmark {

    /**
     * @param sizes      corpus sizes in documents; the full set of measures runs on the first, the
     *                   ingest with {@code threads} on every one (cost per document by size)
     * @param threads    analysis threads for the parallel ingest (1 thread is always measured too)
     * @param corpus     builds the corpus for a number of documents
     * @param warmUpDocs documents processed before measuring, to let the JIT compile the hot code
     * @param queryRuns  how many times to start {@code rawabit query} in a new JVM
     * @param launcher   how to start {@code rawabit} in a new JVM ({@code java -jar …} or {@code java -cp … Main})
     * @param loadClients concurrent SPARQL clients against {@code rawabit serve} on loopback (0: no load test)
     * @param loadQueries queries they send in all
     */
    public record Settings(List<Integer> sizes, int threads, CorpusSource corpus, int warmUpDocs, int queryRuns, List<String> launcher,
            int loadClients, int loadQueries) {}

    /** Query timeout of the server under load; the expensive query must be cut by it. */
    public static final long LOAD_TIMEOUT_MILLIS = 2000;

    /** Builds a corpus of {@code n} documents. */
    public interface CorpusSource {
        BenchCorpus build(int n) throws IOException;
    }

    /** Documents, tokens and characters processed in some time. */
    public record Throughput(int docs, long tokens, long chars, long nanos) {
        public double docsPerSecond() {
            return docs / seconds();
        }

        public double tokensPerSecond() {
            return tokens / seconds();
        }

        public double seconds() {
            return nanos / 1e9;
        }
    }

    /** One ingest into a fresh store. */
    public record IngestRun(int threads, int docs, int stored, int failed, long chars, long triples, long nanos, long cpuNanos,
            long peakHeap, long peakRss, boolean rssForThisRun, int peakInFlight, Resident residentAtEnd, StoreSize store) {
        /** CPU time of the whole process per document, in ms: the work, whatever else the machine runs. */
        public double cpuMillisPerDoc() {
            return cpuNanos < 0 ? Double.NaN : cpuNanos / 1e6 / docs;
        }

        public double docsPerSecond() {
            return docs / (nanos / 1e9);
        }

        public double triplesPerSecond() {
            return triples / (nanos / 1e9);
        }

        public double millisPerDoc() {
            return nanos / 1e6 / docs;
        }
    }

    /** Resident memory (Linux {@code /proc/self/status}): all of it, anonymous (heap and other), and mapped files (TDB2). */
    public record Resident(long rss, long anon, long files) {
        static Resident now() {
            return new Resident(MemoryMonitor.statusKb("VmRSS"), MemoryMonitor.statusKb("RssAnon"), MemoryMonitor.statusKb("RssFile"));
        }
    }

    /** The store on disk after an ingest ({@code du}), and after compacting it. */
    public record StoreSize(long bytes, long compactedBytes, long compactMillis) {
        public double kbPerDoc(int docs) {
            return bytes / 1024.0 / Math.max(1, docs);
        }

        public double compactedKbPerDoc(int docs) {
            return compactedBytes / 1024.0 / Math.max(1, docs);
        }

        /** What {@code rawabit ingest} leaves into a fresh store: compacted when that pays off ({@link Compaction#compactIfGrown}). */
        public long leftByIngest() {
            return bytes > Compaction.MIN_AUTO_BYTES ? compactedBytes : bytes;
        }
    }

    /** What one run measured. */
    public record Results(String corpus, long modelLoadMillis, long setupMillis, Throughput bare, Throughput full,
            IngestRun oneThread, IngestRun threads, List<IngestRun> bySize, List<Long> queryColdStartMillis,
            long triplesInQueriedStore, SparqlLoad.Result load, SparqlLoad.Cut cut, long peakRssWholeRun) {
        public double fullToBareRatio() {
            return full.docsPerSecond() / bare.docsPerSecond();
        }

        public double scaling() {
            return threads.docsPerSecond() / oneThread.docsPerSecond();
        }
    }

    private final Settings settings;
    private final Supplier<Pipeline> pipelines;
    private final PrintWriter progress;

    public Benchmark(Settings settings, Supplier<Pipeline> pipelines, PrintWriter progress) {
        if (settings.sizes().isEmpty()) throw new IllegalArgumentException("no corpus size");
        this.settings = settings;
        this.pipelines = pipelines;
        this.progress = progress;
    }

    private void say(String format, Object... args) {
        progress.printf("bench: " + format + "%n", args);
        progress.flush();
    }

    public Results run() throws IOException, InterruptedException {
        Path tmp = Files.createTempDirectory("rawabit-bench-");
        try (MemoryMonitor memory = new MemoryMonitor()) {
            return run(tmp, memory);
        } finally {
            deleteTree(tmp);
        }
    }

    private Results run(Path tmp, MemoryMonitor memory) throws IOException, InterruptedException {
        say("loading the CoreNLP Arabic models …");
        long modelLoad = CoreNlpAnalyser.warmUp();
        long t = System.nanoTime();
        Pipeline pipeline = pipelines.get();
        long setup = (System.nanoTime() - t) / 1_000_000;

        int largest = settings.sizes().stream().mapToInt(Integer::intValue).max().orElseThrow();
        BenchCorpus all = settings.corpus().build(Math.max(largest, settings.warmUpDocs()));
        BenchCorpus first = all.first(settings.sizes().get(0));
        say("corpus: %s", all.description());

        say("warming up on %d documents …", Math.min(settings.warmUpDocs(), all.size()));
        BenchCorpus warm = all.first(settings.warmUpDocs());
        bareAndFull(warm.articles(), pipeline);
        ingest(warm, tmp, "warm", settings.threads(), pipeline, memory, false);

        say("bare CoreNLP and the full pipeline on %d documents, 1 thread …", first.size());
        Throughput[] compared = bareAndFull(first.articles(), pipeline);
        Throughput bare = compared[0], full = compared[1];

        say("ingest of %d documents, 1 thread …", first.size());
        IngestRun one = ingest(first, tmp, "one", 1, pipeline, memory, false);
        say("ingest of %d documents, %d threads …", first.size(), settings.threads());
        IngestRun many = ingest(first, tmp, "many", settings.threads(), pipeline, memory, true);

        List<Long> cold = new ArrayList<>();
        long triples = many.triples();
        Path queried = tmp.resolve("db-many");
        for (int i = 0; i < settings.queryRuns(); i++) {
            say("cold start of 'rawabit query' (%d of %d) …", i + 1, settings.queryRuns());
            cold.add(coldQuery(queried));
        }

        SparqlLoad.Result load = null;
        SparqlLoad.Cut cut = null;
        if (settings.loadClients() > 0 && settings.loadQueries() > 0) {
            say("SPARQL load: %d clients, %d queries, against the server on loopback …", settings.loadClients(), settings.loadQueries());
            try (RawabitStore store = RawabitStore.open(queried, false);
                    RawabitServer server = RawabitServer.start(store, new RawabitServer.Settings("127.0.0.1", 0, false,
                            LOAD_TIMEOUT_MILLIS, null, false), () -> pipeline)) {
                SparqlLoad.run(server.datasetUrl(), settings.loadClients(), Math.min(50, settings.loadQueries()), Duration.ofMinutes(2)); // warm-up
                load = SparqlLoad.run(server.datasetUrl(), settings.loadClients(), settings.loadQueries(), Duration.ofMinutes(5));
                cut = SparqlLoad.expensiveWhileServing(server.datasetUrl(), settings.loadClients(),
                        Math.max(1, settings.loadQueries() / 4), Duration.ofMinutes(2));
            }
        }

        List<IngestRun> bySize = new ArrayList<>();
        bySize.add(many);
        for (int i = 1; i < settings.sizes().size(); i++) {
            BenchCorpus c = all.first(settings.sizes().get(i));
            say("ingest of %d documents, %d threads …", c.size(), settings.threads());
            bySize.add(ingest(c, tmp, "size-" + i, settings.threads(), pipeline, memory, false));
        }
        return new Results(all.description(), modelLoad, setup, bare, full, one, many, bySize, cold, triples, load, cut,
                memory.lifetimePeakRss());
    }

    /**
     * CoreNLP alone (tokenize = Arabic segmenter, ssplit, pos) and the full pipeline but the store
     * (clean, analyse, find mentions, resolve, extract facts, map to RDF), interleaved document by
     * document so that whatever else the machine does weighs on both alike.
     */
    private static Throughput[] bareAndFull(List<RawArticle> raws, Pipeline pipeline) {
        var nlp = CoreNlpAnalyser.coreNlp();
        ArticleCleaner cleaner = pipeline.cleaner();
        long bareTokens = 0, fullTokens = 0, chars = 0, bareNanos = 0, fullNanos = 0;
        int docs = 0;
        for (RawArticle r : raws) {
            Article cleaned;
            try {
                cleaned = cleaner.clean(r);
            } catch (InputProblem e) {
                continue; // not measured: the same article fails in every phase
            }
            long t = System.nanoTime();
            Annotation doc = new Annotation(cleaned.text());
            nlp.annotate(doc);
            bareNanos += System.nanoTime() - t;
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) if (!l.word().isBlank()) bareTokens++;
            }

            t = System.nanoTime();
            Article a;
            try {
                a = cleaner.clean(r);
            } catch (InputProblem e) {
                throw new IllegalStateException(e);
            }
            var resolved = pipeline.resolve(a);
            pipeline.toRdf(resolved);
            fullNanos += System.nanoTime() - t;
            fullTokens += resolved.doc().tokens().size();
            chars += a.text().length();
            docs++;
        }
        return new Throughput[] {new Throughput(docs, bareTokens, chars, bareNanos), new Throughput(docs, fullTokens, chars, fullNanos)};
    }

    private IngestRun ingest(BenchCorpus c, Path tmp, String name, int threads, Pipeline pipeline, MemoryMonitor memory,
            boolean keep) throws IOException {
        Path jsonl = c.writeJsonl(tmp.resolve(name + ".jsonl"));
        Path db = tmp.resolve("db-" + name);
        RawabitStore store = RawabitStore.open(db, true);
        try {
            Ingester ingester = new Ingester(pipeline, store, false, threads);
            memory.reset();
            long cpu = processCpuNanos();
            long t = System.nanoTime();
            Ingester.Report r = ingester.ingest(List.of(jsonl), new Ingester.Listener() {
                @Override
                public void done(String origin, Ingester.Outcome outcome) {}

                @Override
                public void problem(InputProblem problem) {}
            });
            long nanos = System.nanoTime() - t;
            long cpuNanos = cpu < 0 ? -1 : processCpuNanos() - cpu;
            long heap = memory.peakHeap(), rss = memory.peakRss();
            Resident resident = Resident.now();
            long triples = countTriples(store);
            long bytes = Compaction.bytesOnDisk(db);
            Compaction.Result compacted = Compaction.compact(store); // not timed as ingest: 'ingest' does it only when it pays off
            return new IngestRun(threads, c.size(), r.stored(), r.failed(), c.chars(), triples, nanos, cpuNanos, heap, rss,
                    memory.rssSinceReset(), ingester.peakInFlight(), resident, new StoreSize(bytes, compacted.bytesAfter(), compacted.millis()));
        } finally {
            store.close(); // the last user: TDB2 lets the store go, so another process can open it
            Files.deleteIfExists(jsonl);
            if (!keep) deleteTree(db);
        }
    }

    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static long countTriples(RawabitStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /** Starts {@code rawabit query} on the store in a new JVM and returns its wall time, to exit, in ms. */
    private long coldQuery(Path db) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(settings.launcher());
        cmd.addAll(List.of("query", "--db", db.toString(), "--format", "csv",
                "SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        long t = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("'rawabit query' did not finish in 5 minutes");
        }
        long ms = (System.nanoTime() - t) / 1_000_000;
        if (p.exitValue() != 0) throw new IOException("'rawabit query' failed (exit " + p.exitValue() + "): " + out.strip());
        return ms;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is not worth failing the run for
        }
    }
}
