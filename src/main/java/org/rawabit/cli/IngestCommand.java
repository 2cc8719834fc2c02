package org.rawabit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.pipeline.Ingester;
import org.rawabit.pipeline.Pipeline;
import org.rawabit.read.InputProblem;
import org.rawabit.store.CurationFile;
import org.rawabit.store.Curator;
import org.rawabit.store.RawabitStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read Arabic articles, extract entities and store them as RDF.",
                "PATH is a .txt file, a folder (read recursively), or a .csv / .jsonl of articles",
                "(columns/fields: id,title,date,source,url,text; 'text' is required)."},
        footer = {"", "Exit status: 0 all stored, 1 some inputs failed (each is reported), 2 nothing could run."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    ExtractionOptions extraction;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--kb", paramLabel = "FILE", description = "Extra knowledge-base CSV (repeatable); same columns as ontology/kb/*.csv.")
    List<Path> kbFiles = new ArrayList<>();

    @Option(names = "--curation", paramLabel = "FILE", description = {"Curation CSV (action,form,entity,value) to store and apply",
            "after the documents (see 'rawabit curate'); checked before anything is read."})
    Path curation;

    @Option(names = "--force", description = "Re-process documents even when their text is unchanged.")
    boolean force;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--commit-every", paramLabel = "N", description = {"Documents per write transaction (default: ${DEFAULT-VALUE};",
            "a group is also committed 30 s after its first document). A killed ingest loses at most the group being",
            "written, which a re-run stores; larger groups leave the store smaller (TDB2 keeps old blocks until compaction)."})
    int commitEvery = Ingester.MAX_GROUP_DOCS;

    @Option(names = "--no-compact", description = {"Do not compact the store afterwards (by default it is compacted once it is",
            "over 64 MB and twice its size after the last compaction; see 'rawabit compact')."})
    boolean noCompact;

    @Override
    public Integer call() throws InputProblem {
        if (threads < 1) throw new UserError("--threads must be at least 1");
        if (commitEvery < 1) throw new UserError("--commit-every must be at least 1");
        org.rawabit.ner.PrecisionGate gate = extraction.gate();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KnowledgeBase kb = KnowledgeBase.withUserFiles(kbFiles);
        CurationFile corrections = curation == null ? null : CurationFile.read(curation);
        Ingester.Report r;
        try (RawabitStore s = RawabitStore.open(store.db, true)) {
            Pipeline pipeline = Pipelines.standard(kb, gate);
            r = run(new Ingester(pipeline, s, force, threads, commitEvery), inputs, out, err);
            out.printf("ingested %d document(s), %d unchanged, %d failed in %.1f s into %s%n",
                    r.stored(), r.unchanged(), r.failed(), r.millis() / 1000.0, store.db);
            if (corrections != null) CurateCommand.report(out, corrections, new Curator(s).install(corrections));
            if (!noCompact) CompactCommand.whenItPaysOff(s, out);
        }
        return r.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /** Runs an ingest with a progress bar on a terminal, and one line per problem either way. */
    static Ingester.Report run(Ingester ingester, List<Path> inputs, PrintWriter out, PrintWriter err) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        ProgressBar bar = terminal ? new ProgressBarBuilder().setTaskName("ingest").setStyle(ProgressBarStyle.ASCII)
                .setInitialMax(-1).setUnit(" docs", 1).continuousUpdate().build() : null;
        try {
            return ingester.ingest(inputs, new Ingester.Listener() {
                @Override
                public void done(String origin, Ingester.Outcome outcome) {
                    if (bar != null) bar.step();
                }

                @Override
                public void problem(InputProblem p) {
                    synchronized (err) {
                        err.println("rawabit: skipped " + p.getMessage());
                    }
                }
            });
        } finally {
            if (bar != null) bar.close();
        }
    }
}
