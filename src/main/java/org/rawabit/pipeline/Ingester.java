package org.rawabit.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.rdf.model.Model;
import org.rawabit.rdf.RdfMapper;
import org.rawabit.read.Article;
import org.rawabit.read.ArticleCleaner;
import org.rawabit.read.ArticleReader;
import org.rawabit.read.ArticleSink;
import org.rawabit.core.Ids;
import org.rawabit.read.InputProblem;
import org.rawabit.read.RawArticle;
import org.rawabit.store.RawabitStore;
import org.rawabit.store.CrossDocument;
import org.rawabit.store.SurnameLinker;

/**
 * Reads inputs, runs the pipeline on several threads and writes the documents into the store from
 * a single writer. At most {@code 2 × threads} documents are in flight (read but not yet stored or
 * failed): the reader waits for a free slot before it reads the next article, so memory stays flat
 * however large the input. Problems with one input are reported and the rest of the batch goes on.
 *
 * <p><b>Writes.</b> The writer commits whatever documents are waiting (at most {@code 2 × threads})
 * in one TDB2 write transaction — group commit, so the cost of a commit is shared when analysis runs
 * ahead of the disk. A transaction holds whole documents only, so a crash at any point leaves every
 * document either complete or absent; if a group fails, its documents are retried one transaction
 * each so that one bad document cannot take the others down with it.
 *
 * <p><b>Resuming.</b> A document already stored with the same content hash and pipeline
 * fingerprint is skipped ({@code force} re-processes it). The cross-document {@link SurnameLinker}
 * runs at the end whenever documents were stored since it last finished — recorded durably in the
 * store before the first write ({@link RawabitStore#markLinkPending()}) — so an ingest killed after
 * storing documents but before linking them is completed by the next run, even one that finds every
 * document unchanged.
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

    /** Largest number of documents committed in one write transaction. */
    static final int MAX_GROUP = 64;

    private final Pipeline pipeline;
    private final RawabitStore store;
    private final boolean force;
    private final int threads;
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private volatile int peakInFlight;

    public Ingester(Pipeline pipeline, RawabitStore store, boolean force, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.pipeline = pipeline;
        this.store = store;
        this.force = force;
        this.threads = threads;
    }

    /** Most documents read but not yet stored or failed at once (at most {@link #maxInFlight()}). */
    public int peakInFlight() {
        return peakInFlight;
    }

    /** The bound on documents in flight: {@code 2 × threads}. */
    public int maxInFlight() {
        return 2 * threads;
    }

    /** A document analysed and waiting for the writer. */
    private record Pending(String graph, Model model, String origin) {}

    private static final Pending END = new Pending(null, null, null);

    public Report ingest(List<Path> inputs, Listener listener) {
        long start = System.nanoTime();
        AtomicInteger stored = new AtomicInteger(), unchanged = new AtomicInteger(), failed = new AtomicInteger();
        Map<String, String> originById = new ConcurrentHashMap<>();
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("rawabit-analyse"));
        Semaphore slots = new Semaphore(maxInFlight());
        AtomicInteger inFlight = new AtomicInteger(), peak = new AtomicInteger();
        BlockingQueue<Pending> toWrite = new LinkedBlockingQueue<>();

        Runnable release = () -> {
            inFlight.decrementAndGet();
            slots.release();
        };

        Writer writer = new Writer(toWrite, (origin, ok, cause) -> {
            try {
                if (ok) {
                    stored.incrementAndGet();
                    listener.done(origin, Outcome.STORED);
                } else {
                    failed.incrementAndGet();
                    listener.problem(new InputProblem(origin, "could not be stored: " + cause));
                    listener.done(origin, Outcome.FAILED);
                }
            } finally {
                release.run();
            }
        });
        Thread writerThread = new Thread(writer, "rawabit-write");
        writerThread.setDaemon(true);
        writerThread.start();

        ArticleSink sink = new ArticleSink() {
            @Override
            public void article(RawArticle raw) {
                slots.acquireUninterruptibly();
                peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                workers.execute(() -> {
                    boolean handedOver = false;
                    try {
                        Article a = cleaner.clean(raw);
                        String graph = RdfMapper.graphIri(a);
                        String previous = originById.putIfAbsent(a.id(), a.origin());
                        if (previous != null) {
                            throw new InputProblem(a.origin(), "article id '" + a.id() + "' was already read from " + previous
                                    + " in this run; give articles distinct ids or file names");
                        }
                        var current = new RawabitStore.StoredVersion(Ids.sha256Hex(a.text()), pipeline.fingerprint());
                        if (!force && store.storedVersion(graph).filter(current::equals).isPresent()) {
                            unchanged.incrementAndGet();
                            listener.done(a.origin(), Outcome.UNCHANGED);
                            return;
                        }
                        Model m = pipeline.process(a);
                        toWrite.add(new Pending(graph, m, a.origin()));
                        handedOver = true;
                    } catch (InputProblem p) {
                        failed.incrementAndGet();
                        listener.problem(p);
                        listener.done(p.input(), Outcome.FAILED);
                    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                        fail(raw.origin(), "could not be processed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                    } finally {
                        if (!handedOver) release.run();
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
            toWrite.add(END);
            joinUninterruptibly(writerThread);
            peakInFlight = peak.get();
        }
        if (stored.get() > 0 || store.linkPending()) CrossDocument.run(store);
        return new Report(stored.get(), unchanged.get(), failed.get(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Told, for each document the writer handled, whether it was stored. */
    private interface WriteOutcome {
        void written(String origin, boolean ok, String cause);
    }

    /** The single writer: group commit of whatever is waiting, one document per transaction on failure. */
    private final class Writer implements Runnable {
        private final BlockingQueue<Pending> queue;
        private final WriteOutcome outcome;
        private boolean marked;

        Writer(BlockingQueue<Pending> queue, WriteOutcome outcome) {
            this.queue = queue;
            this.outcome = outcome;
        }

        @Override
        public void run() {
            List<Pending> group = new ArrayList<>();
            boolean end = false;
            while (!end) {
                group.clear();
                try {
                    group.add(queue.take());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                queue.drainTo(group, MAX_GROUP - 1);
                int endAt = group.indexOf(END);
                if (endAt >= 0) {
                    end = true;
                    group.subList(endAt, group.size()).clear(); // nothing follows END
                }
                if (!group.isEmpty()) write(group);
            }
        }

        private void write(List<Pending> group) {
            try {
                if (!marked) {
                    store.markLinkPending();
                    marked = true;
                }
            } catch (RuntimeException e) {
                for (Pending p : group) outcome.written(p.origin(), false, e.getMessage());
                return;
            }
            if (group.size() > 1) {
                Map<String, Model> graphs = new LinkedHashMap<>();
                for (Pending p : group) graphs.put(p.graph(), p.model());
                try {
                    store.replaceGraphs(graphs);
                    for (Pending p : group) outcome.written(p.origin(), true, null);
                    return;
                } catch (RuntimeException | OutOfMemoryError e) {
                    // fall through: one transaction per document, to store all but the culprit
                }
            }
            for (Pending p : group) {
                try {
                    store.replaceGraph(p.graph(), p.model());
                    outcome.written(p.origin(), true, null);
                } catch (Throwable e) { // whatever it is, report it: the reader waits for this slot
                    outcome.written(p.origin(), false, e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        }
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

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
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
