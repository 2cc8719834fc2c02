package org.rawabit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.rawabit.spark.LocalSpark;
import org.rawabit.spark.SparkExtractJob;
import org.rawabit.store.BulkLoad;
import org.rawabit.store.RawabitStore;

/**
 * The Spark job on an embedded {@code local[threads]} Spark over the same documents as the ingest
 * rows, then TDB2's bulk load of its output into a fresh store. Only used when Spark is on the
 * class path ({@code ./rawabit bench} puts it there).
 */
public final class SparkBench {
    private SparkBench() {}

    /** One Spark run and the bulk load of its output. */
    public record Run(int threads, long contextMillis, SparkExtractJob.Summary job, long jobNanos, BulkLoad.Result load) {
        public double docsPerSecond() {
            return job.documents() / (jobNanos / 1e9);
        }

        public double quadsPerSecond() {
            return load.quads() * 1000.0 / Math.max(1, load.millis());
        }
    }

    public static boolean available() {
        try {
            Class.forName("org.apache.spark.SparkConf");
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    public static Run run(BenchCorpus corpus, int threads) throws IOException {
        Path tmp = Files.createTempDirectory("rawabit-bench-spark-");
        try {
            Path input = Files.createDirectories(tmp.resolve("in"));
            corpus.writeJsonl(input.resolve("corpus.jsonl"));
            long t = System.nanoTime();
            try (JavaSparkContext sc = LocalSpark.context("local[" + threads + "]")) {
                long context = (System.nanoTime() - t) / 1_000_000;
                t = System.nanoTime();
                SparkExtractJob.Summary s = SparkExtractJob.run(sc, input.toUri().toString(), tmp.resolve("out").toString(), 0);
                long jobNanos = System.nanoTime() - t;
                try (RawabitStore store = RawabitStore.open(tmp.resolve("db"), true)) {
                    BulkLoad.Result load = BulkLoad.load(store, BulkLoad.files(List.of(tmp.resolve("out"))), BulkLoad.Plan.PARALLEL);
                    return new Run(threads, context, s, jobNanos, load);
                }
            }
        } finally {
            Benchmark.deleteTree(tmp);
        }
    }

    /** The rows for the benchmark table, beside the ingest with as many threads on the same documents. */
    public static String markdown(Run r, Benchmark.IngestRun ingest) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%nSpark and bulk load (same %d documents as the %d-thread ingest):%n%n", ingest.docs(), ingest.threads()));
        md.append("| measure | result |\n|---|---|\n");
        md.append(String.format(Locale.ROOT, "| Spark job, local[%d] (read, extract, cross-document links, gzipped N-Quads) | %.1f docs/s (%d docs, %.1f s; context start %.1f s not counted) |%n",
                r.threads(), r.docsPerSecond(), r.job().documents(), r.jobNanos() / 1e9, r.contextMillis() / 1000.0));
        md.append(String.format(Locale.ROOT, "| ingest, %d threads, into TDB2 | %.1f docs/s |%n", ingest.threads(), ingest.docsPerSecond()));
        md.append(String.format(Locale.ROOT, "| Spark ÷ ingest (docs/s) | %.2f |%n", r.docsPerSecond() / ingest.docsPerSecond()));
        md.append(String.format(Locale.ROOT, "| TDB2 bulk load (parallel loader) of the Spark output into a fresh store | %,.0f quads/s (%,d quads, %.1f s) |%n",
                r.quadsPerSecond(), r.load().quads(), r.load().millis() / 1000.0));
        md.append(String.format(Locale.ROOT, "| ingest's store writes (triples stored ÷ whole ingest time, %d threads) | %,.0f triples/s |%n",
                ingest.threads(), ingest.triplesPerSecond()));
        return md.toString();
    }
}
