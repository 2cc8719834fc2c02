package org.rawabit.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.rdf.model.Model;
import org.rawabit.rdf.RdfMapper;
import org.rawabit.read.Article;
import org.rawabit.read.ArticleCleaner;
import org.rawabit.read.ArticleReader;
import org.rawabit.read.ArticleSink;
import org.rawabit.read.Hashing;
import org.rawabit.read.InputProblem;
import org.rawabit.read.RawArticle;
import org.rawabit.store.RawabitStore;
import org.rawabit.store.SurnameLinker;

/**
 * Reads inputs, runs the pipeline on several threads and writes each document into the store from
 * a single writer, one transaction per document. At most {@code 2 × threads} documents are in
 * flight, so memory stays flat however large the input. Problems with one input are reported and
 * the rest of the batch goes on.
 */
public final class Ingester {
    /** What happened to one document. */
    public enum Outcome { STORED, UNCHANGED, FAILED }

    /** Receives one event per document, from any thread. */
    public interface Listener {
        void done(String origin, Outcome outcome);

        void problem(InputProblem problem);
    }

    /** Totals of one ingest run. */
    public record Report(int stored, int unchanged, int failed, long millis) {}

    private final Pipeline pipeline;
    private final RawabitStore store;
    private final boolean force;
    private final int threads;
    private final ArticleCleaner cleaner = new ArticleCleaner();

    public Ingester(Pipeline pipeline, RawabitStore store, boolean force, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.pipeline = pipeline;
        this.store = store;
        this.force = force;
        this.threads = threads;
    }

    public Report ingest(List<Path> inputs, Listener listener) {
        long start = System.nanoTime();
        AtomicInteger stored = new AtomicInteger(), unchanged = new AtomicInteger(), failed = new AtomicInteger();
        Map<String, String> originById = new ConcurrentHashMap<>();
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("rawabit-analyse"));
        ExecutorService writer = Executors.newSingleThreadExecutor(daemon("rawabit-write"));
        Semaphore inFlight = new Semaphore(2 * threads);

        ArticleSink sink = new ArticleSink() {
            @Override
            public void article(RawArticle raw) {
                inFlight.acquireUninterruptibly();
                workers.execute(() -> {
                    try {
                        Article a = cleaner.clean(raw);
                        String graph = RdfMapper.graphIri(a);
                        String previous = originById.putIfAbsent(a.id(), a.origin());
                        if (previous != null) {
                            throw new InputProblem(a.origin(), "article id '" + a.id() + "' was already read from " + previous
                                    + " in this run; give articles distinct ids or file names");
                        }
                        var current = new RawabitStore.StoredVersion(Hashing.sha256Hex(a.text()), pipeline.fingerprint());
                        if (!force && store.storedVersion(graph).filter(current::equals).isPresent()) {
                            unchanged.incrementAndGet();
                            inFlight.release();
                            listener.done(a.origin(), Outcome.UNCHANGED);
                            return;
                        }
                        Model m = pipeline.process(a);
                        writer.execute(() -> {
                            try {
                                store.replaceGraph(graph, m);
                                stored.incrementAndGet();
                                listener.done(a.origin(), Outcome.STORED);
                            } catch (RuntimeException e) {
                                fail(raw.origin(), "could not be stored: " + e.getMessage());
                            } finally {
                                inFlight.release();
                            }
                        });
                    } catch (InputProblem p) {
                        failed.incrementAndGet();
                        inFlight.release();
                        listener.problem(p);
                        listener.done(p.input(), Outcome.FAILED);
                    } catch (RuntimeException | StackOverflowError e) {
                        inFlight.release();
                        fail(raw.origin(), "could not be processed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                    }
                });
            }

            private void fail(String origin, String cause) {
                failed.incrementAndGet();
                listener.problem(new InputProblem(origin, cause));
                listener.done(origin, Outcome.FAILED);
            }

            @Override
            public void problem(InputProblem problem) {
                failed.incrementAndGet();
                listener.problem(problem);
                listener.done(problem.input(), Outcome.FAILED);
            }
        };
        try {
            new ArticleReader().read(inputs, sink);
        } finally {
            shutdown(workers);
            shutdown(writer);
        }
        if (stored.get() > 0) new SurnameLinker(store).run();
        return new Report(stored.get(), unchanged.get(), failed.get(), (System.nanoTime() - start) / 1_000_000);
    }

    private static void shutdown(ExecutorService ex) {
        ex.shutdown();
        try {
            while (!ex.awaitTermination(1, TimeUnit.MINUTES)) {
                // keep waiting: documents in flight must finish or fail, never vanish
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
