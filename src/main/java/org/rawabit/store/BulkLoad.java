package org.rawabit.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.system.progress.MonitorOutput;

/**
 * Builds or extends a store from N-Quads files (the Spark job's output) with TDB2's own bulk
 * loaders, in one write transaction: an unreadable file aborts the load and leaves the store as it
 * was. Documents already in the store are replaced, not doubled, and when the store held other
 * documents the cross-document {@link SurnameLinker} runs over the whole of it afterwards.
 */
public final class BulkLoad {
    /** TDB2's loaders: parallel (most threads, fastest on many cores), phased, sequential (least memory). */
    public enum Plan { PARALLEL, PHASED, SEQUENTIAL }

    /** What a load did. */
    public record Result(int files, long quads, int replacedGraphs, boolean linked, long millis) {}

    private BulkLoad() {}

    /**
     * The N-Quads files of the given paths: files as given; folders searched for {@code part-*}
     * files (Spark's, plain or gzipped) and {@code *.nq} / {@code *.nq.gz}, except under a
     * {@code rejects} folder.
     */
    public static List<Path> files(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new StoreProblem(p + ": no such file or directory");
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(Files::isRegularFile)
                        .filter(f -> !p.relativize(f).toString().startsWith("rejects"))
                        .filter(f -> isQuadsFile(f.getFileName().toString()))
                        .sorted().forEach(out::add);
            } catch (IOException | UncheckedIOException e) {
                throw new StoreProblem("cannot list " + p + ": " + e.getMessage(), e);
            }
        }
        if (out.isEmpty()) throw new StoreProblem("no N-Quads files in " + paths + " (expected part-* files of 'rawabit spark', or *.nq / *.nq.gz)");
        return out;
    }

    static boolean isQuadsFile(String name) {
        if (name.startsWith(".") || name.startsWith("_")) return false;
        return name.startsWith("part-") || name.endsWith(".nq") || name.endsWith(".nq.gz");
    }

    public static Result load(RawabitStore store, List<Path> files, Plan plan) {
        long start = System.nanoTime();
        // TDB2's loaders write to TDB2 itself, past the text index, which is rebuilt at the end.
        DatasetGraph dsg = store.tdb2Dataset().asDatasetGraph();
        store.invalidateTextIndex();
        boolean extending = Txn.calculateRead(dsg, () -> dsg.listGraphNodes().hasNext());
        int replaced = 0;
        if (extending) {
            Set<Node> incoming = graphsIn(files);
            replaced = Txn.calculateWrite(dsg, () -> {
                int n = 0;
                for (Node g : incoming) {
                    if (dsg.containsGraph(g)) {
                        dsg.removeGraph(g);
                        n++;
                    }
                }
                return n;
            });
            store.markLinkPending();
        }
        MonitorOutput quiet = (fmt, args) -> {};
        DataLoader loader = switch (plan) {
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, quiet);
            case PHASED -> LoaderFactory.phasedLoader(dsg, quiet);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, quiet);
        };
        loader.startBulk();
        try {
            for (Path f : files) {
                try (InputStream in = open(f)) {
                    loader.loadFromInputStream(f.toString(), in, Lang.NQUADS);
                } catch (IOException | RiotException e) {
                    throw new StoreProblem(f + ": not readable as N-Quads (" + e.getMessage() + "); nothing was loaded", e);
                }
            }
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        loader.finishBulk();
        boolean linked = false;
        if (extending || store.linkPending()) {
            CrossDocument.run(store); // surname links, labels, then the stored curation
            linked = true;
        }
        store.reindexText();
        return new Result(files.size(), loader.countQuads() + loader.countTriples(), replaced, linked, (System.nanoTime() - start) / 1_000_000);
    }

    private static InputStream open(Path f) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16);
        return f.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** The graph names of the files, read in one streaming pass (documents to replace). */
    private static Set<Node> graphsIn(List<Path> files) {
        Set<Node> out = new HashSet<>();
        for (Path f : files) {
            try (InputStream in = open(f)) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        out.add(q.getGraph());
                    }
                });
            } catch (IOException | RiotException e) {
                throw new StoreProblem(f + ": not readable as N-Quads (" + e.getMessage() + "); nothing was loaded", e);
            }
        }
        return out;
    }
}
