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

    @Option(names = "--format", converter = FormatName.class,
            description = {"turtle (ttl), trig, nquads (nq), ntriples (nt) or jsonld, in any case",
                    "(default: from the --out file's extension, else turtle)."})
    Exporter.Format format;

    /** Accepts a format's name or its usual file extension, so "nq" and "N-Quads" work as well as "nquads". */
    static final class FormatName implements picocli.CommandLine.ITypeConverter<Exporter.Format> {
        @Override
        public Exporter.Format convert(String value) {
            Exporter.Format f = Exporter.Format.byName(value);
            if (f == null) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not an RDF format: use turtle (ttl), trig, nquads (nq), ntriples (nt) or jsonld");
            }
            return f;
        }
    }

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
            Exporter.Format format = this.format != null ? this.format
                    : out != null && Exporter.Format.byFileName(out.getFileName().toString()) != null ? Exporter.Format.byFileName(out.getFileName().toString())
                    : Exporter.Format.turtle;
            Path tmp = out == null ? null : out.resolveSibling(out.getFileName() + ".part");
            long n;
            try (OutputStream os = out == null ? QueryCommand.nonClosing(System.out) : Files.newOutputStream(tmp)) {
                n = entityIri == null ? exporter.export(format, graphIri, os) : exporter.exportAround(format, entityIri, depth, graphIri, os);
            }
            // Write to a temporary file first so an interrupted export never leaves a truncated file behind.
            if (tmp != null) {
                Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                boolean keepsGraphs = format == Exporter.Format.trig || format == Exporter.Format.nquads || format == Exporter.Format.jsonld;
                spec.commandLine().getErr().printf("wrote %,d %s to %s%n", n, keepsGraphs ? "quads" : "triples", out);
            }
        }
        return ExitCodes.OK;
    }

    /** A full IRI, {@code <IRI>} or a prefixed name ({@code rwdoc:…}, {@code rwid:…}) as a full IRI. */
    static String expand(String iriOrPrefixed) {
        return org.rawabit.core.Vocab.prefixMapping().expandPrefix(iriOrPrefixed.strip().replaceAll("^<|>$", ""));
    }
}
