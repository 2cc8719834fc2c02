package org.rawabit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results of a run as Markdown: the machine, the command, one table of measures, one of cost by size. */
public final class BenchReport {
    private BenchReport() {}

    public static final double TARGET_RATIO = 0.9;
    public static final double TARGET_SCALING = 1.8;

    public static String markdown(Benchmark.Results r, String command, int threads) {
        StringBuilder md = new StringBuilder();
        md.append("### Rawabit benchmark\n\n");
        md.append("- Command: `").append(command).append("`\n");
        md.append("- Machine: ").append(machine()).append('\n');
        md.append("- Corpus: ").append(r.corpus()).append('\n');
        md.append(String.format(Locale.ROOT, "- Measured corpus: %d documents, %s characters (%s per document on average)%n%n",
                r.full().docs(), n(r.full().chars()), n(r.full().chars() / Math.max(1, r.full().docs()))));

        md.append("| measure | result | target |\n|---|---|---|\n");
        row(md, "CoreNLP model load (Arabic segmenter + POS tagger)", secs(r.modelLoadMillis()), "");
        row(md, "pipeline set-up (knowledge base, lexicons)", secs(r.setupMillis()), "");
        row(md, "bare CoreNLP: segmentation + sentences + POS, 1 thread", tput(r.bare()), "");
        row(md, "full Rawabit pipeline: clean, analyse, mentions, resolve, facts, RDF, 1 thread", tput(r.full()), "");
        row(md, "ratio full / bare (docs/s)", String.format(Locale.ROOT, "%.2f", r.fullToBareRatio()),
                "≥ " + TARGET_RATIO + verdict(r.fullToBareRatio() >= TARGET_RATIO));
        row(md, "ingest into TDB2 (JSONL, fresh store), 1 thread", ingest(r.oneThread()), "");
        row(md, "ingest into TDB2 (JSONL, fresh store), " + threads + " threads", ingest(r.threads()), "");
        if (threads > 1) {
            row(md, "scaling " + threads + " threads / 1 thread", String.format(Locale.ROOT, "%.2f×", r.scaling()),
                    "≥ " + TARGET_SCALING + "× on 2 cores" + verdict(r.scaling() >= TARGET_SCALING));
        }
        row(md, "peak heap during the " + threads + "-thread ingest", mb(r.threads().peakHeap()) + " (max heap " + mb(MemoryMonitor.maxHeap()) + ")", "");
        row(md, "peak RSS during the " + threads + "-thread ingest", rss(r.threads()), "");
        row(md, "resident memory at the end of the " + threads + "-thread ingest (VmRSS = anonymous: heap and the rest + mapped files: TDB2)",
                resident(r.threads().residentAtEnd()), "");
        Benchmark.StoreSize size = r.threads().store();
        row(md, "store on disk after the " + threads + "-thread ingest (du), then compacted", storeSize(r.threads()), "");
        row(md, "store as `ingest` leaves it (it compacts a store over 64 MB and over twice its last compacted size)",
                String.format(Locale.ROOT, "%s, %.2f× compacted", mb(size.leftByIngest()), (double) size.leftByIngest() / Math.max(1, size.compactedBytes())),
                "≤ 2× compacted" + verdict(size.leftByIngest() <= 2 * size.compactedBytes()));
        row(md, "peak RSS of the whole benchmark process", r.peakRssWholeRun() < 0 ? "n/a" : mb(r.peakRssWholeRun()), "");
        row(md, "most documents in flight during the " + threads + "-thread ingest", r.threads().peakInFlight() + " (bound " + 2 * threads + ")", "");
        if (!r.queryColdStartMillis().isEmpty()) {
            List<Long> sorted = new ArrayList<>(r.queryColdStartMillis());
            sorted.sort(null);
            row(md, "cold start of `rawabit query` (new JVM, COUNT of " + n(r.triplesInQueriedStore()) + " triples)",
                    secs(sorted.get(sorted.size() / 2)) + " median of " + sorted.size() + " (first " + secs(r.queryColdStartMillis().get(0)) + ")", "");
        }
        if (r.load() != null) {
            SparqlLoad.Result l = r.load();
            row(md, "SPARQL over HTTP (Fuseki on loopback): " + l.clients() + " concurrent clients, " + l.planned() + " queries (mix of "
                    + SparqlLoad.QUERIES.size() + ")", String.format(Locale.ROOT, "%.0f queries/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %d of %d answered, %d errors",
                    l.queriesPerSecond(), l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(99), l.percentileMillis(100),
                    l.ok(), l.planned(), l.errors().size()), "0 errors" + verdict(l.errors().isEmpty() && l.ok() == l.planned()));
        }
        if (r.cut() != null) {
            SparqlLoad.Cut c = r.cut();
            boolean met = c.status() == 503 && c.others().errors().isEmpty() && c.answeredMeanwhile() > 0;
            row(md, "expensive query (cubic join) under load, server timeout " + secs(Benchmark.LOAD_TIMEOUT_MILLIS),
                    String.format(Locale.ROOT, "HTTP %d after %.2f s; %d other queries answered meanwhile, %d errors (p99 %.1f ms)", c.status(), c.seconds(),
                            c.answeredMeanwhile(), c.others().errors().size(), c.others().percentileMillis(99)),
                    "cut by the timeout, others answered" + verdict(met));
        }
        md.append('\n');

        md.append("Cost per document by corpus size (ingest with ").append(threads).append(" threads into a fresh store):\n\n");
        md.append("| documents | ms/doc | CPU ms/doc | docs/s | triples/doc | triples/s | peak heap | RSS at end | store KB/doc | compacted KB/doc | failed |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Benchmark.IngestRun i : r.bySize()) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.0f | %s | %s | %s | %.1f | %.1f | %d |%n", n(i.docs()), i.millisPerDoc(),
                    i.cpuMillisPerDoc(), i.docsPerSecond(), (double) i.triples() / Math.max(1, i.stored()), n((long) i.triplesPerSecond()),
                    mb(i.peakHeap()), mb(i.residentAtEnd().rss()), i.store().kbPerDoc(i.docs()), i.store().compactedKbPerDoc(i.docs()), i.failed()));
        }
        if (r.bySize().size() > 1) {
            Benchmark.IngestRun a = r.bySize().get(0), b = r.bySize().get(r.bySize().size() - 1);
            md.append(String.format(Locale.ROOT, "%nms/doc at %s documents ÷ ms/doc at %s: %.2f (1.00 = flat)%n",
                    n(b.docs()), n(a.docs()), b.millisPerDoc() / a.millisPerDoc()));
        }
        return md.toString();
    }

    public static String machine() {
        String cpu = cpuModel();
        return String.format(Locale.ROOT, "%d cores%s, %s %s, Java %s (%s), max heap %s", Runtime.getRuntime().availableProcessors(),
                cpu.isEmpty() ? "" : " (" + cpu + ")", System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), mb(MemoryMonitor.maxHeap()));
    }

    private static String cpuModel() {
        try {
            for (String l : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) return l.substring(l.indexOf(':') + 1).strip();
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux
        }
        return "";
    }

    private static void row(StringBuilder md, String what, String value, String target) {
        md.append("| ").append(what).append(" | ").append(value).append(" | ").append(target).append(" |\n");
    }

    private static String verdict(boolean met) {
        return met ? " — met" : " — **not met**";
    }

    private static String tput(Benchmark.Throughput t) {
        return String.format(Locale.ROOT, "%.1f docs/s, %s tokens/s (%d docs, %s tokens, %.1f s)", t.docsPerSecond(),
                n((long) t.tokensPerSecond()), t.docs(), n(t.tokens()), t.seconds());
    }

    private static String ingest(Benchmark.IngestRun i) {
        return String.format(Locale.ROOT, "%.1f docs/s, %s triples/s (%d docs, %s triples, %.1f s; CPU %.1f ms/doc%s)", i.docsPerSecond(),
                n((long) i.triplesPerSecond()), i.stored(), n(i.triples()), i.nanos() / 1e9, i.cpuMillisPerDoc(),
                i.failed() > 0 ? ", " + i.failed() + " failed" : "");
    }

    private static String resident(Benchmark.Resident r) {
        if (r.rss() < 0) return "n/a (no /proc/self/status)";
        return mb(r.rss()) + " (anonymous " + mb(r.anon()) + ", mapped files " + mb(r.files()) + ")";
    }

    private static String storeSize(Benchmark.IngestRun i) {
        Benchmark.StoreSize s = i.store();
        return String.format(Locale.ROOT, "%s (%.1f KB/doc); compacted %s (%.1f KB/doc) in %.1f s; ratio %.2f", mb(s.bytes()), s.kbPerDoc(i.docs()),
                mb(s.compactedBytes()), s.compactedKbPerDoc(i.docs()), s.compactMillis() / 1000.0, (double) s.bytes() / Math.max(1, s.compactedBytes()));
    }

    private static String rss(Benchmark.IngestRun i) {
        if (i.peakRss() < 0) return "n/a (no /proc/self/status)";
        return mb(i.peakRss()) + (i.rssForThisRun() ? "" : " (process peak so far: this kernel cannot reset VmHWM)");
    }

    static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
    }

    static String secs(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }
}
