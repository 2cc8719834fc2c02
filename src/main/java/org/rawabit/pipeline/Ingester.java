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
 * a single writer. At most {@code 2 × threads} documents are in flight (read but not yet analysed and
 * handed to the writer): the reader waits for a free slot before it reads the next article, and the
 * writer's group is bounded too, so memory stays flat however large the input. Problems with one input are reported and the rest of the batch goes on.
 *
 * <p><b>Writes.</b> The single writer commits documents in groups: a TDB2 write transaction holds
 * up to {@link #MAX_GROUP_DOCS} documents (or as set; at most {@link #MAX_GROUP_TRIPLES} triples), and is committed
 * at the latest {@link #MAX_GROUP_WAIT_MILLIS} ms after its first document arrived. TDB2 writes
 * copies of every index block a transaction changes and keeps the old ones until the store is
 * compacted, so one transaction per document (or per handful) made a store ten times its compacted
 * size; in groups of up to 256 it stays within two to three times, and compaction does the rest.
 * A transaction holds whole documents only, so a crash at any point leaves every document either complete or absent, and a killed ingest loses at
 * most the group being written, which a re-run stores. If a group fails, its documents are retried
 * one transaction each so that one bad document cannot take the others down with it. Analysed
 * documents waiting in the group hold only their RDF, not their analysis, so memory stays bounded.
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

    /** Most documents committed in one write transaction, unless set otherwise. */
    public static final int MAX_GROUP_DOCS = 256;

    /** A group is committed once it holds this many triples, however few documents (long articles). */
    static final long MAX_GROUP_TRIPLES = 250_000;

    /** Longest a stored document waits for its group to be committed (what a killed ingest can lose). */
    public static final long MAX_GROUP_WAIT_MILLIS = 30_000;

    private final Pipeline pipeline;
    private final RawabitStore store;
    private final boolean force;
    private final int threads;
    private final int groupDocs;
    private final ArticleCleaner cleaner;
    private volatile int peakInFlight;

    public Ingester(Pipeline pipeline, RawabitStore store, boolean force, int threads) {
        this(pipeline, store, force, threads, MAX_GROUP_DOCS);
    }

    /** @param groupDocs most documents per write transaction: fewer lose less to a crash, more keep the store smaller */
    public Ingester(Pipeline pipeline, RawabitStore store, boolean force, int threads, int groupDocs) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        if (groupDocs < 1) throw new IllegalArgumentException("documents per transaction must be at least 1");
        this.pipeline = pipeline;
        this.cleaner = pipeline.cleaner();
        this.store = store;
        this.force = force;
        this.threads = threads;
        this.groupDocs = groupDocs;
    }

    /** Most documents read but not yet analysed at once (at most {@link #maxInFlight()}). */
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
        // Bounded: when the writer falls behind, the analysers wait here holding their slots, so the reader waits too.
        BlockingQueue<Pending> toWrite = new LinkedBlockingQueue<>(maxInFlight());

        Runnable release = () -> {
            inFlight.decrementAndGet();
            slots.release();
        };

        Writer writer = new Writer(toWrite, (origin, ok, cause) -> {
            if (ok) {
                stored.incrementAndGet();
                listener.done(origin, Outcome.STORED);
            } else {
                failed.incrementAndGet();
                listener.problem(new InputProblem(origin, "could not be stored: " + cause));
                listener.done(origin, Outcome.FAILED);
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
                        toWrite.put(new Pending(graph, m, a.origin()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        fail(raw.origin(), "interrupted before it was stored");
                    } catch (InputProblem p) {
                        failed.incrementAndGet();
                        listener.problem(p);
                        listener.done(p.input(), Outcome.FAILED);
                    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                        fail(raw.origin(), "could not be processed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                    } finally {
                        release.run(); // analysed (or failed): the writer's group is bounded on its own
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
            putUninterruptibly(toWrite, END);
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

    /** The single writer: commits a group when it is full or its first document has waited long enough; one document per transaction on failure. */
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
            long groupTriples = 0, deadline = 0;
            while (true) {
                Pending next;
                try {
                    next = group.isEmpty() ? queue.take()
                            : queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                boolean end = next == END;
                if (next != null && !end) {
                    if (group.isEmpty()) deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_GROUP_WAIT_MILLIS);
                    group.add(next);
                    groupTriples += next.model().size();
                }
                boolean full = group.size() >= groupDocs || groupTriples >= MAX_GROUP_TRIPLES;
                if (!group.isEmpty() && (end || full || System.nanoTime() >= deadline)) {
                    write(group);
                    group = new ArrayList<>();
                    groupTriples = 0;
                }
                if (end) return;
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

    private static <T> void putUninterruptibly(BlockingQueue<T> queue, T item) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(item);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
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
