package org.rawabit.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.pipeline.Ingester;
import org.rawabit.pipeline.Pipeline;
import org.rawabit.read.InputProblem;
import org.rawabit.store.RawabitStore;

/**
 * One real store for the console and server tests, built once per test JVM by ingesting two seed
 * articles with the real pipeline (CoreNLP, gazetteer, rules), and kept open; plus small stores
 * released for child processes (TDB2 lets one process hold a store).
 */
public final class SeededStore {
    private SeededStore() {}

    public static final List<Path> SEEDS = List.of(Path.of("src/test/resources/samples/sample-02-ticker-boilerplate.txt"),
            Path.of("src/test/resources/samples/sample-04-wafqa-mawqi.txt"));
    public static final String HAMMOUCHI = "https://w3id.org/rawabit/id/per-7e617711abbc";

    private static Path root;
    private static RawabitStore store;
    private static Pipeline pipeline;

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) pipeline = Pipeline.standard(KnowledgeBase.bundled(), List.of());
        return pipeline;
    }

    /** The shared store (do not close it). */
    public static synchronized RawabitStore store() {
        if (store == null) {
            root = temp("rawabit-test-store");
            store = RawabitStore.open(root.resolve("tdb2"), true);
            ingest(store, SEEDS);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                store.close();
                delete(root);
            }));
        }
        return store;
    }

    /** A store with one seed article in {@code dir}, closed and released so that another process can open it. */
    public static Path detached(Path dir) {
        try (RawabitStore s = RawabitStore.open(dir, true)) {
            ingest(s, List.of(SEEDS.get(1)));
        } // the last close releases TDB2's lock
        return dir;
    }

    static void ingest(RawabitStore s, List<Path> inputs) {
        List<String> problems = new ArrayList<>();
        Ingester.Report r = new Ingester(pipeline(), s, false, 2).ingest(inputs, new Ingester.Listener() {
            @Override
            public void done(String origin, Ingester.Outcome outcome) {}

            @Override
            public void problem(InputProblem p) {
                problems.add(p.getMessage());
            }
        });
        if (r.failed() > 0 || r.stored() + r.unchanged() != inputs.size()) {
            throw new IllegalStateException("test store: " + r + " " + problems);
        }
    }

    static Path temp(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary files only
        }
    }

    /** The classpath of this test JVM, for child processes ({@code java -cp … org.rawabit.cli.Main …}). */
    public static List<String> javaCommand(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "org.rawabit.cli.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
