package org.rawabit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rawabit.core.Vocab;
import org.rawabit.store.CrossDocument;
import org.rawabit.store.Exporter;
import org.rawabit.store.RawabitStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = {"Remove documents from a store, then run the cross-document step again (surname links,",
                "canonical labels, curation). DOC is a document id (the file name without extension), the file",
                "name it was ingested from, rwdoc:ID or the document IRI. Unknown documents stop everything."})
final class DeleteCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "DOC", description = "Documents to remove.")
    List<String> docs = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (RawabitStore s = RawabitStore.open(store.db, false)) {
            Exporter look = new Exporter(s);
            Set<String> graphs = new LinkedHashSet<>();
            for (String d : docs) {
                String iri = candidates(d).stream().filter(look::hasGraph).findFirst().orElseThrow(() -> new UserError(
                        "no document '" + d + "' in " + store.db + " (give its id, file name, rwdoc:ID or IRI; "
                                + "'rawabit query \"SELECT ?d WHERE { ?d a schema:NewsArticle }\"' lists them)"));
                graphs.add(iri);
            }
            List<String> gone = s.deleteGraphs(List.copyOf(graphs));
            CrossDocument.run(s);
            for (String g : gone) out.println("deleted " + Vocab.prefixMapping().shortForm(g));
            out.printf("%d document(s) deleted from %s; cross-document links and labels recomputed%n", gone.size(), store.db);
            CompactCommand.whenItPaysOff(s, out);
        }
        return ExitCodes.OK;
    }

    /** The graph IRIs {@code doc} may mean, most literal first. */
    static List<String> candidates(String doc) {
        String d = doc.strip();
        List<String> out = new ArrayList<>();
        if (d.startsWith("<") || d.contains("://")) out.add(ExportCommand.expand(d));
        else if (d.startsWith("rwdoc:")) out.add(ExportCommand.expand(d));
        else {
            out.add(Vocab.documentIri(d));
            String name = Path.of(d).getFileName().toString();
            out.add(Vocab.documentIri(name.replaceFirst("\\.[^.]*$", "")));
        }
        return out;
    }
}
