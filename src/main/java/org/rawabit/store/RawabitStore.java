package org.rawabit.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.rawabit.core.Vocab;
import org.rawabit.search.FullTextIndex;

/**
 * The TDB2 store: one named graph per document, the default graph is the union of them all. Every
 * document is replaced in a single write transaction, so a crash never leaves half a document.
 * {@link #dataset()} is TDB2 wrapped in Jena's text dataset, so every write through it also updates
 * the full-text index ({@link FullTextIndex}, in {@code <dir>/text-index}) when it commits.
 */
public final class RawabitStore implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RawabitStore.class);
    private final Path dir;
    private final Opened opened;
    private final Dataset dataset;

    private RawabitStore(Path dir, Opened opened) {
        this.dir = dir;
        this.opened = opened;
        this.dataset = opened.text;
        opened.base.getContext().set(TDB2.symUnionDefaultGraph, true);
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens the store in {@code dir}, creating it when {@code create} is set. */
    public static RawabitStore open(Path dir, boolean create) {
        return open(dir, create, true);
    }

    /**
     * Empties the full-text index of the store in {@code dir} and indexes the whole store again;
     * returns the number of texts indexed.
     */
    public static long reindex(Path dir) {
        try (RawabitStore s = open(dir, false, false)) {
            long justBuilt = s.opened.takeIndexedOnOpen();
            return justBuilt >= 0 ? justBuilt : s.reindexText();
        }
    }

    private static RawabitStore open(Path dir, boolean create, boolean announceIndexing) {
        if (!Files.isDirectory(dir)) {
            if (!create) throw new StoreProblem("no store at " + dir + " (run 'rawabit ingest --db " + dir + " …' or 'rawabit demo' first)");
            try {
                Files.createDirectories(dir);
            } catch (java.io.IOException e) {
                throw new StoreProblem("cannot create store directory " + dir + ": " + e.getMessage(), e);
            }
        } else if (!create && isEmptyDir(dir)) {
            throw new StoreProblem("no store at " + dir + " (the directory is empty)");
        }
        if (!Files.isWritable(dir)) throw new StoreProblem("store directory " + dir + " is not writable");
        try {
            return new RawabitStore(dir, acquire(dir, announceIndexing));
        } catch (DBOpEnvException e) {
            // TDB2 takes an OS file lock on <dir>/tdb.lock (and Data-NNNN/tdb.lock) for as long as a
            // process has the store open; another process then gets "Failed to get a lock: file=…:
            // held by process N". A killed process's lock goes with it, so this one is running.
            throw new StoreProblem(lockMessage(dir, String.valueOf(e.getMessage())), e);
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("lock") || msg.contains("Lock")) throw new StoreProblem(lockMessage(dir, msg), e);
            throw new StoreProblem("cannot open store " + dir + ": " + msg, e);
        }
    }

    private static final Pattern HOLDER = Pattern.compile("held by process (\\d+)");

    static String lockMessage(Path dir, String tdbMessage) {
        Matcher m = HOLDER.matcher(tdbMessage);
        String who = m.find() ? "another process (pid " + m.group(1) + ")" : "another process";
        return "store " + dir + " is in use by " + who + ", e.g. a running 'rawabit serve' or ingest; "
                + "stop it or wait for it to finish, then try again (TDB2 lets one process at a time open a store)";
    }

    private static boolean isEmptyDir(Path dir) {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public Path dir() {
        return dir;
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * TDB2 without the text index, for TDB2's bulk loaders: call {@link #invalidateTextIndex()}
     * before writing through it and {@link #reindexText()} after.
     */
    public Dataset tdb2Dataset() {
        return opened.base;
    }

    /** Marks the full-text index out of date, so that it is rebuilt on the next open unless {@link #reindexText()} runs first. */
    public void invalidateTextIndex() {
        try {
            Files.deleteIfExists(opened.dir.resolve(FullTextIndex.BUILT_MARKER));
        } catch (java.io.IOException e) {
            throw new StoreProblem("cannot update " + opened.dir.resolve(FullTextIndex.BUILT_MARKER) + ": " + e.getMessage(), e);
        }
    }

    /** Empties the full-text index and indexes the whole store again; returns the number of texts indexed. */
    public long reindexText() {
        return FullTextIndex.rebuild(opened.dir, opened.base.asDatasetGraph(), opened.index);
    }

    /** Replaces a document's graph in one write transaction. */
    public void replaceGraph(String graphIri, Model graph) {
        Txn.executeWrite(dataset, () -> {
            dataset.removeNamedModel(graphIri);
            dataset.addNamedModel(graphIri, graph);
        });
    }

    /**
     * Replaces several documents' graphs in one write transaction: all of them are stored, or (on
     * an error or a crash) none.
     */
    public void replaceGraphs(Map<String, Model> graphs) {
        Txn.executeWrite(dataset, () -> graphs.forEach((iri, graph) -> {
            dataset.removeNamedModel(iri);
            dataset.addNamedModel(iri, graph);
        }));
    }

    /**
     * Removes documents' graphs in one write transaction, after marking that the cross-document
     * step must run again ({@link CrossDocument}); returns the graphs that were there.
     */
    public java.util.List<String> deleteGraphs(java.util.List<String> graphIris) {
        markLinkPending();
        return Txn.calculateWrite(dataset, () -> {
            java.util.List<String> gone = new java.util.ArrayList<>();
            for (String g : graphIris) {
                if (dataset.containsNamedModel(g)) {
                    dataset.removeNamedModel(g);
                    gone.add(g);
                }
            }
            return gone;
        });
    }

    /** Marks that cross-document linking must run (see {@link #markLinkPending()}); survives a crash. */
    public static final String LINK_PENDING_FILE = "rawabit-link-pending";

    /**
     * Records, durably and before any document of a run is written, that {@link SurnameLinker} must
     * run over this store. It is cleared only when the linker has finished, so an ingest killed
     * between storing documents and linking them links them on the next run, even if that run finds
     * every document unchanged.
     */
    public void markLinkPending() {
        Path f = dir.resolve(LINK_PENDING_FILE);
        if (Files.exists(f)) return;
        try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (java.io.IOException e) {
            throw new StoreProblem("cannot write " + f + ": " + e.getMessage(), e);
        }
        try (var d = java.nio.channels.FileChannel.open(dir, java.nio.file.StandardOpenOption.READ)) {
            d.force(true); // the new directory entry too
        } catch (java.io.IOException | RuntimeException e) {
            // not every platform can sync a directory; the file itself is synced
        }
    }

    /** True when documents were stored since the linker last finished. */
    public boolean linkPending() {
        return Files.exists(dir.resolve(LINK_PENDING_FILE));
    }

    /** Called when the linker has finished. */
    public void clearLinkPending() {
        try {
            Files.deleteIfExists(dir.resolve(LINK_PENDING_FILE));
        } catch (java.io.IOException e) {
            // harmless: the linker runs once more next time
        }
    }

    /** What a stored document was built from: its text's hash and the pipeline's fingerprint. */
    public record StoredVersion(String contentHash, String extractedWith) {}

    /** The stored version of a document graph, if the document is there. */
    public Optional<StoredVersion> storedVersion(String graphIri) {
        return Txn.calculateRead(dataset, () -> {
            if (!dataset.containsNamedModel(graphIri)) return Optional.empty();
            var m = dataset.getNamedModel(graphIri);
            var doc = m.createResource(graphIri);
            var hash = m.getProperty(doc, Vocab.rwp("contentHash"));
            var with = m.getProperty(doc, Vocab.rwp("extractedWith"));
            if (hash == null || with == null) return Optional.empty();
            return Optional.of(new StoredVersion(hash.getString(), with.getString()));
        });
    }

    /** Counts: documents, entities by type, mentions, triples. */
    public Map<String, Long> stats() {
        return Txn.calculateRead(dataset, () -> {
            Map<String, Long> out = new LinkedHashMap<>();
            out.put("documents", count("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a schema:NewsArticle }"));
            for (String t : new String[] {"Person", "Organization", "Place", "Event"}) {
                out.put(t, count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a schema:" + t + " }"));
            }
            out.put("posts", count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a rw:Post }"));
            out.put("mentions", count("SELECT (COUNT(?m) AS ?n) WHERE { ?m nif:anchorOf ?a }"));
            out.put("dates", count("SELECT (COUNT(?m) AS ?n) WHERE { ?m rw:mentionType \"DATE\" }"));
            out.put("quantities", count("SELECT (COUNT(?m) AS ?n) WHERE { ?m rw:mentionType \"QUANTITY\" }"));
            out.put("facts", count("SELECT (COUNT(?f) AS ?n) WHERE { ?f a rw:Fact }"));
            out.put("triples", count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
            return out;
        });
    }

    private long count(String select) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(Vocab.sparqlPrologue() + select).build()) {
            ResultSet rs = qe.execSelect();
            if (!rs.hasNext()) return 0;
            QuerySolution s = rs.next();
            return s.getLiteral("n").getLong();
        }
    }

    /**
     * Open stores by directory, with how many {@code RawabitStore}s use each. TDB2 keeps one
     * connection per directory per JVM and holds the directory's lock file while it is open (Lucene
     * likewise holds the text index's write lock); the last close releases both, so another process
     * (a server, a second ingest) can open the store.
     */
    private static final class Opened {
        final Path dir;
        final Dataset base;
        final TextIndexLucene index;
        final Dataset text;
        int users;
        /** Texts indexed when this store was opened without a complete index, else -1. */
        private long indexedOnOpen;

        Opened(Path dir, Dataset base, TextIndexLucene index, long indexedOnOpen) {
            this.dir = dir;
            this.base = base;
            this.index = index;
            this.text = DatasetFactory.wrap(FullTextIndex.wrap(base.asDatasetGraph(), index));
            this.indexedOnOpen = indexedOnOpen;
        }

        synchronized long takeIndexedOnOpen() {
            long n = indexedOnOpen;
            indexedOnOpen = -1;
            return n;
        }
    }

    private static final java.util.Map<Path, Opened> OPEN = new java.util.HashMap<>();

    private static synchronized Opened acquire(Path dir, boolean announceIndexing) {
        Path key = dir.toAbsolutePath().normalize();
        Opened entry = OPEN.get(key);
        if (entry == null) {
            Dataset base = TDB2Factory.connectDataset(key.toString());
            TextIndexLucene index = null;
            long indexed = -1;
            try {
                index = FullTextIndex.open(key);
                // Lucene commits just after TDB2 does: a process killed in between (the ingest's link-pending
                // marker is then still there) may have stored documents the index lacks.
                if (!FullTextIndex.isBuilt(key) || Files.exists(key.resolve(LINK_PENDING_FILE))) {
                    indexed = buildOnOpen(key, base, index, announceIndexing);
                }
            } catch (RuntimeException e) {
                if (index != null) index.close();
                org.apache.jena.tdb2.sys.TDBInternal.expel(base.asDatasetGraph());
                throw e;
            }
            entry = new Opened(key, base, index, indexed);
            OPEN.put(key, entry);
        }
        entry.users++;
        return entry;
    }

    /** A store written before it had a full-text index (or whose indexing was cut short) gets one now. */
    private static long buildOnOpen(Path dir, Dataset base, TextIndexLucene index, boolean announce) {
        boolean empty = Txn.calculateRead(base, () -> base.asDatasetGraph().isEmpty());
        long t0 = System.nanoTime();
        long n = FullTextIndex.rebuild(dir, base.asDatasetGraph(), index);
        if (announce && !empty) {
            LOG.warn("store {} had no complete full-text index: indexed {} texts in {} s ('rawabit reindex --db {}' rebuilds it)",
                    dir, n, String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9), dir);
        }
        return n;
    }

    private static synchronized void release(Path dir) {
        Path key = dir.toAbsolutePath().normalize();
        Opened entry = OPEN.get(key);
        if (entry == null) return;
        entry.users--;
        if (entry.users == 0) {
            OPEN.remove(key);
            entry.index.close();
            org.apache.jena.tdb2.sys.TDBInternal.expel(entry.base.asDatasetGraph());
        }
    }

    private boolean closed;

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        release(dir);
    }
}
