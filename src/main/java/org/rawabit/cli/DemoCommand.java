package org.rawabit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.pipeline.Ingester;
import org.rawabit.store.RawabitStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the sample articles in seeds/ into the default store and show what was found.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds", description = "Folder of sample articles (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        org.rawabit.ner.PrecisionGate gate = extraction.gate();
        if (!Files.isDirectory(seeds)) throw new UserError("no seeds folder at " + seeds.toAbsolutePath() + " (run from the project directory or pass --seeds DIR)");
        try (RawabitStore s = RawabitStore.open(store.db, true)) {
            out.println("Ingesting " + seeds + " into " + store.db + " …");
            Ingester.Report r = IngestCommand.run(new Ingester(Pipelines.standard(KnowledgeBase.bundled(), gate), s, false,
                    Runtime.getRuntime().availableProcessors()), List.of(seeds), out, err);
            out.printf("%d stored, %d unchanged, %d failed (%.1f s)%n%n", r.stored(), r.unchanged(), r.failed(), r.millis() / 1000.0);
            StatsCommand.print(s, out);
            out.println();
            Reports.topEntities(s, out, 8);
            out.println();
            out.println("Some facts (subject — relation — object):");
            Reports.sampleFacts(s, out, 2, 12);
            out.println();
            out.println("Next: ./rawabit query 'SELECT ?e ?label WHERE { ?e a schema:Person ; rdfs:label ?label }'");
            out.println("      ./rawabit query queries/person-posts.rq      (and the other named queries in queries/)");
            out.println("      ./rawabit export --format turtle --out rawabit.ttl");
            return r.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        }
    }
}
