package org.rawabit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rawabit.store.Exporter;
import org.rawabit.store.RawabitStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the store, one document graph, or the sub-graph around one entity as RDF.",
                "turtle and ntriples merge all documents into one graph; trig, nquads and jsonld keep one named graph per document."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "turtle", description = "turtle, trig, nquads, ntriples or jsonld (default: ${DEFAULT-VALUE}).")
    Exporter.Format format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Export only this document graph (full IRI or rwdoc:…).")
    String graph;

    @Option(names = "--entity", paramLabel = "IRI", description = {"Export only the sub-graph around this entity (full IRI or rwid:…).",
            "Streams; with --graph, only within that document."})
    String entity;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "1", description = {"With --entity: how many hops to follow, in both directions",
            "(1: the entity's own triples and those pointing at it; 2: also its mentions, articles and neighbours; default: ${DEFAULT-VALUE})."})
    int depth;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (RawabitStore s = RawabitStore.open(store.db, false)) {
            Exporter exporter = new Exporter(s);
            String graphIri = graph == null ? null : expand(graph);
            if (graphIri != null && !exporter.hasGraph(graphIri)) throw new UserError("no graph <" + graphIri + "> in " + store.db);
            String entityIri = null;
            if (entity != null) {
                entityIri = expand(entity);
                if (depth < 1 || depth > 10) throw new UserError("--depth must be between 1 and 10");
                if (!exporter.hasNode(entityIri)) throw new UserError("no entity <" + entityIri + "> in " + store.db);
            } else if (spec.commandLine().getParseResult().hasMatchedOption("--depth")) {
                throw new UserError("--depth needs --entity IRI");
            }
            if (out != null && out.getParent() != null && !Files.isDirectory(out.getParent())) {
                throw new UserError("output folder does not exist: " + out.getParent());
            }
            Path tmp = out == null ? null : out.resolveSibling(out.getFileName() + ".part");
            try (OutputStream os = out == null ? QueryCommand.nonClosing(System.out) : Files.newOutputStream(tmp)) {
                long n = entityIri == null ? exporter.export(format, graphIri, os) : exporter.exportAround(format, entityIri, depth, graphIri, os);
                if (out != null) spec.commandLine().getErr().printf("wrote %,d triples to %s%n", n, out);
            }
            // Write to a temporary file first so an interrupted export never leaves a truncated file behind.
            if (tmp != null) Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return ExitCodes.OK;
    }

    /** A full IRI, {@code <IRI>} or a prefixed name ({@code rwdoc:…}, {@code rwid:…}) as a full IRI. */
    static String expand(String iriOrPrefixed) {
        return org.rawabit.core.Vocab.prefixMapping().expandPrefix(iriOrPrefixed.strip().replaceAll("^<|>$", ""));
    }
}
